import type { Database } from 'better-sqlite3';
import { z } from 'zod';

/**
 * Full-text search inside the content store, on SQLite FTS5. The content check
 * writes one document per article; the search page queries them with the
 * published view (no drafts, nothing embargoed at `at`).
 *
 * This is the plain form: every word of the query must match, ranked by BM25
 * with the headline and standfirst weighted above the body.
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

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  snippet: SnippetPart[];
}

export interface SearchOutcome {
  query: string;
  total: number;
  hits: SearchHit[];
  suggestion?: string;
}

/** Creates the search tables if they are missing; safe to call on every open. */
export function createSearchTables(db: Database): void {
  // The text's row is found through the document's id, never by scanning the text table.
  db.exec(`
    CREATE TABLE IF NOT EXISTS search_documents (id TEXT PRIMARY KEY, text_row INTEGER NOT NULL, published_ms INTEGER NOT NULL, draft INTEGER NOT NULL) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS search_documents_text_row ON search_documents (text_row);
    CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(headline, standfirst, body, tokenize = 'porter unicode61 remove_diacritics 2');
  `);
}

/** Adds a document, or replaces the one with its id. */
export function putSearchDocument(db: Database, doc: SearchDocument): void {
  deleteSearchDocument(db, doc.id);
  const row = db.prepare('INSERT INTO search_text (headline, standfirst, body) VALUES (?, ?, ?)').run(doc.headline, doc.standfirst, doc.body).lastInsertRowid;
  db.prepare('INSERT INTO search_documents (id, text_row, published_ms, draft) VALUES (?, ?, ?, ?)').run(doc.id, row, Date.parse(doc.publishedAt), doc.draft ? 1 : 0);
}

export function deleteSearchDocument(db: Database, id: string): void {
  const row: unknown = db.prepare('SELECT text_row FROM search_documents WHERE id = ?').pluck().get(id);
  if (row === undefined) return;
  db.prepare('DELETE FROM search_text WHERE rowid = ?').run(row);
  db.prepare('DELETE FROM search_documents WHERE id = ?').run(id);
}

/** Each word of the query as an FTS5 string, so no character of it is read as query syntax. */
function matchExpression(query: string): string {
  const words = query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 12).map((w) => `"${w}"`).join(' ');
}

const countRow = z.object({ total: z.number() });
const hitRow = z.object({ id: z.string(), snippet: z.string() });
const START = '\u0002';
const END = '\u0003';

function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of marked.split(START).entries()) {
    const [inside, after] = i === 0 ? [undefined, piece] : piece.split(END);
    if (inside) parts.push({ text: inside, match: true });
    if (after) parts.push({ text: after, match: false });
  }
  return parts;
}

/** Published documents matching every word of `query`, best first. */
export function searchDocuments(db: Database, query: string, options: { at: Date; offset: number; limit: number }): SearchOutcome {
  const match = matchExpression(query);
  if (!match) return { query, total: 0, hits: [] };
  const from = `FROM search_text JOIN search_documents d ON d.text_row = search_text.rowid
    WHERE search_text MATCH @match AND d.draft = 0 AND d.published_ms <= @at`;
  const params = { match, at: options.at.getTime(), offset: options.offset, limit: options.limit };
  const { total } = countRow.parse(db.prepare(`SELECT count(*) AS total ${from}`).get(params));
  const rows = db
    .prepare(
      `SELECT d.id AS id, snippet(search_text, 2, '${START}', '${END}', '…', 24) AS snippet ${from}
       ORDER BY bm25(search_text, 3, 2, 1), d.published_ms DESC, d.id LIMIT @limit OFFSET @offset`,
    )
    .all(params);
  return { query, total, hits: rows.map((row) => hitRow.parse(row)).map((hit) => ({ id: hit.id, snippet: snippetParts(hit.snippet) })) };
}
