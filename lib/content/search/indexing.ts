import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { statement } from './statements';
import { addWords, removeWords, VOCABULARY_DDL, vocabularyOf } from './vocabulary';
import { foldArabicText } from './arabic';

/**
 * The search index as the content check keeps it (engine.ts reads it): one FTS5 row per
 * published or scheduled story, its id the publication instant (epoch ms × 1024, plus a
 * counter), and the vocabulary counted as stories come and go. Drafts are not indexed.
 */

export interface SearchDocument {
  id: string;
  headline: string;
  standfirst: string;
  /** Plain text. */
  body: string;
  /** ISO 8601. */
  publishedAt: string;
  draft: boolean;
}

export const ROWS_PER_MS = 1024;

/**
 * better-sqlite3 binds every JS number as a REAL, and FTS5 ignores a row-id
 * bound that is not an INTEGER (with `rowid = ?` it then returns every match):
 * row ids are always bound as BigInt.
 */
export const rowId = (n: number) => BigInt(n);

const DDL = `
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
  headline, standfirst, body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS search_documents (
  id TEXT PRIMARY KEY,
  row INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
-- Each update of an indexed live blog on its own, so a search that finds the live blog can
-- take the reader to the update that matched (engine.ts). Not counted in the vocabulary: the
-- live blog's own document holds the same words.
CREATE VIRTUAL TABLE IF NOT EXISTS search_updates USING fts5(
  title, body, blog UNINDEXED, update_id UNINDEXED, at UNINDEXED, at_ms UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
-- The index holds text folded for search (arabic.ts: Arabic without diacritics, one alef, …);
-- where folding changed a field, the field as written, so a result shows and marks it as it was
-- written. source: 'story:<row>' or 'update:<blog id>:<update id>'.
CREATE TABLE IF NOT EXISTS search_originals (
  source TEXT NOT NULL,
  field TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (source, field)
) WITHOUT ROWID;
${VOCABULARY_DDL}`;

/** Creates the search tables when they are missing; safe to call on every open. */
export function createSearchTables(db: Database): void {
  db.exec(DDL);
}

/**
 * Normalised so FTS5 and the query parser see the same letters, on one line so
 * snippets read as running text, and without the snippet markers.
 */
function storedText(text: string): string {
  return text.normalize('NFC').replace(/[\uE000\uE001\s]+/g, ' ').trim();
}

/** Where the written form of a story's fields, or an update's, is kept (search_originals). */
export const storySource = (row: number) => `story:${row}`;
export const updateSource = (blog: string, id: string) => `update:${blog}:${id}`;

/** A field as the index holds it: stored, then folded; the field as written kept beside it when folding changed it. */
function indexedText(db: Database, source: string, field: string, text: string): string {
  const stored = storedText(text);
  const folded = foldArabicText(stored);
  if (folded !== stored) statement(db, 'INSERT OR REPLACE INTO search_originals (source, field, text) VALUES (?, ?, ?)').run(source, field, stored);
  return folded;
}

const rowOf = z.object({ row: z.number() });
const storedOf = z.object({ headline: z.string(), standfirst: z.string(), body: z.string() });

function removeRow(db: Database, id: string): void {
  const found = statement(db, 'SELECT row FROM search_documents WHERE id = ?').get(id);
  if (found === undefined) return;
  const { row } = rowOf.parse(found);
  const old = statement(db, 'SELECT headline, standfirst, body FROM search_text WHERE rowid = ?').get(rowId(row));
  if (old !== undefined) {
    const { headline, standfirst, body } = storedOf.parse(old);
    removeWords(db, vocabularyOf([headline, standfirst, body]));
  }
  statement(db, 'DELETE FROM search_text WHERE rowid = ?').run(rowId(row));
  statement(db, 'DELETE FROM search_documents WHERE id = ?').run(id);
  statement(db, 'DELETE FROM search_updates WHERE blog = ?').run(id);
  // Every source of the story and of its updates ('update:<id>:' up to, not including, 'update:<id>;').
  statement(db, 'DELETE FROM search_originals WHERE source = ? OR (source >= ? AND source < ?)').run(storySource(row), updateSource(id, ''), `update:${id};`);
}

/** The first free row id at a publication instant. */
function freeRow(db: Database, publishedMs: number, id: string): number {
  const base = publishedMs * ROWS_PER_MS;
  const taken = new Set(
    statement(db, 'SELECT row FROM search_documents WHERE row BETWEEN ? AND ?')
      .all(rowId(base), rowId(base + ROWS_PER_MS - 1))
      .map((r) => rowOf.parse(r).row),
  );
  for (let row = base; row < base + ROWS_PER_MS; row++) if (!taken.has(row)) return row;
  throw new Error(`search: more than ${ROWS_PER_MS} stories published at ${new Date(publishedMs).toISOString()}; cannot index "${id}"`);
}

/** Indexes a document, replacing the one with the same id; a draft is only removed. */
export function putSearchDocument(db: Database, doc: SearchDocument): void {
  const publishedMs = Date.parse(doc.publishedAt);
  if (Number.isNaN(publishedMs)) throw new Error(`search: "${doc.id}" has publishedAt "${doc.publishedAt}", which is not an ISO 8601 date`);
  db.transaction(() => {
    removeRow(db, doc.id);
    if (doc.draft) return;
    const row = freeRow(db, publishedMs, doc.id);
    const source = storySource(row);
    const headline = indexedText(db, source, 'headline', doc.headline);
    const standfirst = indexedText(db, source, 'standfirst', doc.standfirst);
    const body = indexedText(db, source, 'body', doc.body);
    statement(db, 'INSERT INTO search_text (rowid, headline, standfirst, body) VALUES (?, ?, ?, ?)').run(rowId(row), headline, standfirst, body);
    statement(db, 'INSERT INTO search_documents (id, row) VALUES (?, ?)').run(doc.id, rowId(row));
    addWords(db, vocabularyOf([headline, standfirst, body]), publishedMs);
  })();
}

/** One update of a live blog, as the search finds it. */
export interface UpdateDocument {
  id: string;
  title?: string;
  /** Plain text. */
  text: string;
  /** ISO 8601, with the offset the editor wrote. */
  at: string;
}

/**
 * Indexes the updates of the live blog `blog`, whose own document putSearchDocument has just
 * written (which removed its previous updates): none for a live blog that is not indexed.
 */
export function putUpdateDocuments(db: Database, blog: string, updates: readonly UpdateDocument[]): void {
  if (statement(db, 'SELECT 1 FROM search_documents WHERE id = ?').get(blog) === undefined) return;
  const insert = statement(db, 'INSERT INTO search_updates (title, body, blog, update_id, at, at_ms) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const u of updates) {
      const source = updateSource(blog, u.id);
      insert.run(indexedText(db, source, 'title', u.title ?? ''), indexedText(db, source, 'body', u.text), blog, u.id, u.at, Date.parse(u.at));
    }
  })();
}

export function deleteSearchDocument(db: Database, id: string): void {
  db.transaction(() => removeRow(db, id))();
}

/**
 * Merges the index into one segment: after a full build, queries read one
 * list per term instead of dozens. It rewrites the whole index, so it is for
 * builds, not for each change.
 */
export function optimizeSearchTables(db: Database): void {
  db.exec(`INSERT INTO search_text (search_text) VALUES ('optimize')`);
  db.exec(`INSERT INTO search_updates (search_updates) VALUES ('optimize')`);
}
