import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSearchTables, putSearchDocument, putUpdateDocuments } from './indexing';
import { searchDocuments } from './engine';

/**
 * Search over Arabic stories, as the Arabic edition's store holds them: found however the reader
 * voweled or spelt the words, with the words marked as the story spells them, and a hostile
 * query answered with nothing rather than an error.
 */

const AT = new Date('2021-11-20T00:00:00Z');
const db = new Database(':memory:');
createSearchTables(db);
putSearchDocument(db, {
  id: 'kadhimi',
  headline: 'رئيس الوزراء العراقي ينجو من هجوم بطائرات مسيّرة على منزله',
  standfirst: 'دعا مصطفى الكاظمي إلى التهدئة بعد الهجوم على المنطقة الخضراء.',
  body: 'قالت وزارة الداخلية إن طائرتين مسيّرتين شاركتا في الهجوم. واتهم مسؤولون فصائل موالية لإيران.',
  publishedAt: '2021-11-07T06:00:00Z',
  draft: false,
});
putSearchDocument(db, {
  id: 'protest',
  headline: 'قتيل في احتجاج على نتائج الانتخابات قرب المنطقة الخضراء',
  standfirst: 'خرجت مسيرة لأنصار الفصائل إلى بوابات المنطقة الخضراء.',
  body: 'تحولت المسيرة إلى مواجهات مع قوات الأمن.',
  publishedAt: '2021-11-05T18:00:00Z',
  draft: false,
});
putSearchDocument(db, {
  id: 'live',
  headline: 'مباشر: هجوم على منزل رئيس الوزراء',
  standfirst: 'تغطية مباشرة.',
  // A live blog's document holds its updates' text too, as the store writes it.
  body: 'نتابع الأحداث. إيران تدين الهجوم. دانت طهران الهجوم ودعت إلى الهدوء.',
  publishedAt: '2021-11-07T03:20:00Z',
  draft: false,
});
putUpdateDocuments(db, 'live', [{ id: 'tehran', title: 'إيران تدين الهجوم', text: 'دانت طهران الهجوم ودعت إلى الهدوء.', at: '2021-11-07T09:40:00Z' }]);

const search = (query: string) => searchDocuments(db, query, { at: AT, offset: 0, limit: 10 });
const ids = (query: string) => search(query).hits.map((hit) => hit.id);
const marked = (query: string, id: string) =>
  search(query)
    .hits.find((hit) => hit.id === id)
    ?.snippet.filter((part) => part.match)
    .map((part) => part.text);

describe('search in Arabic', () => {
  it('finds a word with its shadda whether the reader types it or not, and both spellings alike', () => {
    expect(ids('مسيّرتين')).toEqual(['kadhimi']);
    expect(ids('مسيرتين')).toEqual(['kadhimi']);
  });

  it('finds a word whatever alef the reader types, joined to a particle or not', () => {
    // "لإيران" in one story, "إيران" in the other: a particle is added to a word, never taken off one.
    for (const query of ['إيران', 'ايران', 'أيران']) expect(ids(query).sort(), query).toEqual(['kadhimi', 'live']);
    for (const query of ['لإيران', 'لايران']) expect(ids(query), query).toEqual(['kadhimi']);
    expect(ids('طهران')).toEqual(['live']);
  });

  it('finds a word with or without its article and the particles joined to it', () => {
    expect(ids('الهجوم')).toEqual(expect.arrayContaining(['kadhimi', 'live']));
    expect(ids('منطقه الخضراء')).toEqual(expect.arrayContaining(['kadhimi', 'protest']));
    // Without its shadda a drone (مسيّرة) is spelt as a march (مسيرة): search finds both, tags keep them apart.
    expect(ids('بالمسيرة')).toEqual(['protest', 'kadhimi']);
    expect(marked('بالمسيرة', 'protest')).toEqual(['المسيرة']);
  });

  it('marks the matched words as the story spells them, shadda and hamza included', () => {
    expect(marked('مسيرتين', 'kadhimi')).toEqual(['مسيّرتين']);
    expect(search('طهران').hits[0]?.update?.title).toBe('إيران تدين الهجوم');
    expect(marked('الى التهدئه', 'kadhimi')).toEqual(['إلى التهدئة']);
  });

  it('offers a word of the Arabic stories for a misspelt one', () => {
    expect(search('الكاظمب').suggestion).toBe('الكاظمي');
  });

  it('shows the query back as the reader typed it', () => {
    expect(search('مسيّرتين').query).toBe('مسيّرتين');
  });

  it('answers queries of bidirectional controls, tatweel and marks alone with nothing, and never fails', () => {
    for (const query of ['\u202E', '\u202Eالهجوم\u202C', 'ـــ', '\u064B\u0651', '"الهجوم', 'الهجوم*', 'NEAR(الهجوم)']) {
      expect(() => search(query), query).not.toThrow();
    }
    expect(ids('\u202E')).toEqual([]);
    expect(ids('\u202Eالهجوم\u202C')).toEqual(expect.arrayContaining(['kadhimi']));
  });
});
