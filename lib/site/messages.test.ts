import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editions } from './editions';
import { messagesFor, type MessageKey } from './messages';
import englishCatalogue from './messages/en.json';

const isKey = (key: string): key is MessageKey => key in englishCatalogue;

/** The catalogues as files: what translators edit, read here without the module under test. */
const folder = path.join(__dirname, 'messages');
const catalogueSchema = z.record(z.string(), z.string());
const files = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.replace(/\.json$/, ''), catalogueSchema.parse(JSON.parse(readFileSync(path.join(folder, name), 'utf8')))]),
);

const arabic = { lang: 'ar', locale: 'ar-IQ', numberingSystem: 'latn' } as const;
const english = { lang: 'en', locale: 'en-GB', numberingSystem: 'latn' } as const;

describe('the interface catalogues', () => {
  it('exist for every edition, and for no language the site does not publish in', () => {
    expect(Object.keys(files).sort()).toEqual(editions.map((edition) => edition.lang).sort());
  });

  it('each hold every key of every other: a missing translation fails here', () => {
    const keys = Object.values(files).map((catalogue) => Object.keys(catalogue).sort());
    const all = [...new Set(keys.flat())].sort();
    for (const [lang, catalogue] of Object.entries(files)) {
      expect(all.filter((key) => !(key in catalogue)), `missing from ${lang}.json`).toEqual([]);
    }
  });

  it('format every message of every edition with sample values, in the edition’s own words', () => {
    const samples = { minutes: 4, count: 3, page: 2, pages: 5, query: 'x', corrected: 'y', credit: 'z', language: 'w' };
    for (const edition of editions) {
      const t = messagesFor(edition);
      for (const key of Object.keys(files[edition.lang] ?? {}).filter(isKey)) {
        const text = t(key, samples);
        expect(text.length, `${edition.lang} ${key}`).toBeGreaterThan(0);
        expect(text, `${edition.lang} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('Arabic plurals', () => {
  const t = messagesFor(arabic);

  it('take all six forms: zero, one, two, few (3–10), many (11–99) and other (100)', () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => t('live.updates', { count }))).toEqual(['لا تحديثات', 'تحديث واحد', 'تحديثان', '3 تحديثات', '11 تحديثا', '100 تحديث']);
    expect([0, 1, 2, 3, 11, 100].map((count) => t('search.results', { count }))).toEqual([
      'لا أخبار مطابقة',
      'خبر واحد مطابق',
      'خبران مطابقان',
      '3 أخبار مطابقة',
      '11 خبرا مطابقا',
      '100 خبر مطابق',
    ]);
  });

  it('count by the number, not its last digit: 103 is few and 111 many, as Arabic reads them', () => {
    expect(t('live.updates', { count: 103 })).toBe('103 تحديثات');
    expect(t('live.updates', { count: 111 })).toBe('111 تحديثا');
  });

  it('write Western digits, as the edition’s configuration says', () => {
    expect(t('lists.pageOf', { page: 2, pages: 12 })).toBe('الصفحة 2 من 12');
    expect(messagesFor({ ...arabic, numberingSystem: 'arab' })('lists.pageOf', { page: 2, pages: 12 })).toBe('الصفحة ٢ من ١٢');
  });
});

describe('English messages', () => {
  const t = messagesFor(english);

  it('read as the site has always written them', () => {
    expect([0, 1, 2, 11].map((count) => t('search.results', { count }))).toEqual(['No stories match', '1 story matches', '2 stories match', '11 stories match']);
    expect([1, 2].map((count) => t('live.newUpdates', { count }))).toEqual(['1 new update', '2 new updates']);
    expect(t('article.readingTime', { minutes: 4 })).toBe('4 min read');
  });
});
