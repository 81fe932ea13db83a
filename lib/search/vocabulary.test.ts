import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSearchTables, putSearchDocument, searchDocuments, type SearchDocument } from './engine';
import { editDistance, fold, vocabularyOf } from './vocabulary';

const AT = new Date('2024-06-01T12:00:00Z');

const doc = (id: string, text: string, publishedAt = '2021-11-07T06:00:00Z', draft = false): SearchDocument => ({
  id,
  headline: text,
  standfirst: '',
  body: '',
  publishedAt,
  draft,
});

function databaseOf(documents: readonly SearchDocument[]): Database.Database {
  const db = new Database(':memory:');
  createSearchTables(db);
  for (const d of documents) putSearchDocument(db, d);
  return db;
}

const NEWSROOM = [
  doc('1', 'Kadhimi survives drone attack'),
  doc('2', 'Kadhimi calls for calm after the election'),
  doc('3', 'World leaders call Kadhimi'),
  doc('4', 'Protesters chant kadhimi at the gates'),
  doc('5', 'Election results delayed'),
  doc('6', 'The election count resumes'),
  doc('7', 'Electors wait for results'),
  doc('8', 'Prime minister meets the electoral commission'),
  doc('draft', 'Zanzibar ferry electron plan', '2021-11-01T08:00:00Z', true),
  doc('scheduled', 'Quokka census begins', '2030-01-01T08:00:00Z'),
];
const db = databaseOf(NEWSROOM);
const suggest = (query: string, at = AT, on = db) => searchDocuments(on, query, { at, offset: 0, limit: 20 }).suggestion;

describe('Did you mean', () => {
  it('corrects a word the index does not have to the closest, most common one', () => {
    // "elector" is as close as "election" but in fewer stories.
    expect(suggest('electon')).toBe('election');
  });

  it('shows the word as it is most often written', () => {
    // Three stories write "Kadhimi", one "kadhimi"; porter already finds them all for "kadhimy".
    expect(suggest('kadhimy')).toBe('Kadhimi');
  });

  it("keeps the reader's other words, phrases and prefixes", () => {
    expect(suggest('electon results')).toBe('election results');
    expect(suggest('"prime ministr" elect*')).toBe('"prime minister" elect*');
  });

  it('suggests nothing for a query that is fine or has nothing close', () => {
    expect(suggest('election')).toBeUndefined();
    expect(suggest('kadhimi')).toBeUndefined();
    expect(suggest('xylophone')).toBeUndefined();
    expect(suggest('12345 !!')).toBeUndefined();
  });

  it("never suggests a draft's words", () => {
    expect(suggest('zanzibr')).toBeUndefined();
    // "electron" is a draft's word, one letter from "electrons"; the published "election" is two away.
    expect(suggest('electrons')).toBe('election');
  });

  it("suggests a scheduled story's words only once it is published", () => {
    expect(suggest('quoka')).toBeUndefined();
    expect(suggest('quoka', new Date('2030-01-01T08:00:00Z'))).toBe('Quokka');
  });

  it("does not suggest a scheduled story's spelling even when its stem finds published stories", () => {
    const embargoed = databaseOf([
      doc('published', 'Island counts its quokka', '2021-01-01T00:00:00Z'),
      ...[1, 2, 3].map((n) => doc(`later-${n}`, `Quokkas thrive ${n}`, '2030-01-01T08:00:00Z')),
    ]);
    // "Quokkas" (stem "quokka") is the more common word one letter away, but only scheduled stories use it yet.
    expect(suggest('quokkaz', AT, embargoed)).toBe('quokka');
    expect(suggest('quokkaz', new Date('2030-01-02T00:00:00Z'), embargoed)).toBe('Quokkas');
  });

  it('replaces a word the index has only when the query found little and the other is far more common', () => {
    const many = databaseOf([
      ...Array.from({ length: 12 }, (_, i) => doc(`c${i}`, `Ceasefire talks ${i}`)),
      doc('typo', 'Ceasfire talks'),
    ]);
    expect(suggest('ceasfire', AT, many)).toBe('Ceasefire');
    expect(suggest('ceasfire talks', AT, many)).toBe('Ceasefire talks');
    // "talks" found 13 stories: nothing to correct.
    expect(suggest('talks', AT, many)).toBeUndefined();
  });
});

describe('vocabularyOf', () => {
  it('gives each word once, folded and as written, without numbers or fragments', () => {
    expect(vocabularyOf(['Kādhimī met Kadhimi’s allies in 2021, at 10am.', 'kadhimi met'])).toEqual([
      ['kadhimi', 'Kādhimī'],
      ['met', 'met'],
      ['kadhimi', 'Kadhimi'],
      ['allies', 'allies'],
      ['kadhimi', 'kadhimi'],
    ]);
  });

  it('folds case and diacritics', () => {
    expect(fold('Kādhimī')).toBe('kadhimi');
    expect(fold('ÉLAN')).toBe('elan');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one each', () => {
    expect(editDistance('electon', 'election', 2)).toBe(1);
    expect(editDistance('kadhimy', 'kadhimi', 2)).toBe(1);
    expect(editDistance('ceasefire', 'caesefire', 2)).toBe(1);
    expect(editDistance('elector', 'election', 2)).toBe(2);
    expect(editDistance('same', 'same', 2)).toBe(0);
  });

  it('stops at the limit', () => {
    expect(editDistance('drone', 'election', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
