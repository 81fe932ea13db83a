import Database from 'better-sqlite3';
import { getArticleSummary, getIndex, listSearchDocuments, type ArticleSummary, type ContentIndex } from '../content';
import { typeset } from '../content/typography';
import { now } from '../clock';
import {
  createSearchTables,
  MARK_END,
  MARK_START,
  optimizeSearchTables,
  putSearchDocument,
  searchDocuments,
  snippetParts,
  type SnippetPart,
} from './engine';

export type { SnippetPart } from './engine';

/**
 * THE CONTENT STORE'S DATABASE PLUGS IN HERE. Until `npm run build` writes the
 * store (whose search tables the engine fills as articles are checked), this
 * adapter fills an in-memory SQLite database from the content index, once per
 * index (each request in `next dev`), and searches it with the same engine.
 * With the store, `searchDatabase()` returns the store's file opened
 * read-only, and nothing else in this module changes.
 */
let current: { index: ContentIndex; db: Database.Database } | undefined;

function searchDatabase(): Database.Database {
  const index = getIndex();
  if (current?.index === index) return current.db;
  const db = new Database(':memory:');
  createSearchTables(db);
  db.transaction(() => {
    for (const doc of listSearchDocuments(index)) putSearchDocument(db, doc);
  })();
  optimizeSearchTables(db);
  current?.db.close();
  current = { index, db };
  return db;
}

export interface ArticleSearch {
  /** The query as searched: cleaned and cut to length. */
  query: string;
  /** Stories matching; when `capped`, the newest this many, which are all that was ranked. */
  total: number;
  /** More stories match than are ranked (RANK_WINDOW in lib/search/engine.ts). */
  capped?: boolean;
  results: ArticleSummary[];
  /** The matching passage of each result, by article id: text with the matched words marked. */
  snippets: Record<string, SnippetPart[]>;
  /** The query with misspelt words corrected, when that finds stories; absent otherwise. */
  suggestion?: string;
}

/**
 * Quotes, dashes and ellipses as the article page sets them: the index holds the
 * text as the editor typed it. Set across the marks, so a quote after a matched
 * word still closes.
 */
function typesetSnippet(parts: SnippetPart[]): SnippetPart[] {
  return snippetParts(typeset(parts.map((p) => (p.match ? `${MARK_START}${p.text}${MARK_END}` : p.text)).join('')));
}

/** Full-text search over headline, standfirst and body of the published stories; best match first. */
export function searchArticles(query: string, offset = 0, limit = 20): ArticleSearch {
  const outcome = searchDocuments(searchDatabase(), query, { at: now(), offset, limit });
  const results: ArticleSummary[] = [];
  const snippets: Record<string, SnippetPart[]> = {};
  for (const hit of outcome.hits) {
    const article = getArticleSummary(hit.id);
    if (!article) continue;
    results.push(article);
    snippets[hit.id] = typesetSnippet(hit.snippet);
  }
  const search: ArticleSearch = { query: outcome.query, total: outcome.total, results, snippets };
  // Left out rather than undefined, so the result stays plain JSON for any page that passes it on.
  if (outcome.capped) search.capped = true;
  if (outcome.suggestion !== undefined) search.suggestion = outcome.suggestion;
  return search;
}
