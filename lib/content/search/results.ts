import { updatePermalinkPath } from '../../site/paths';
import type { ArticleSummary } from '../check/article';
import { typeset } from '../check/typography';
import type { ContentStore, View } from '../store/read';
import { MARK_END, MARK_START, searchDocuments, snippetParts, type SnippetPart } from './engine';

export type { SnippetPart } from './engine';

/**
 * Search for the search page (the gateway's `searchArticles`): the engine (engine.ts) queries
 * the FTS5 tables the content check writes into the content store, opened read-only by
 * servers; this turns its hits into the stories' summaries and typeset passages.
 */

export interface ArticleSearch {
  /** The query as searched: cleaned and cut to length. */
  query: string;
  /** Stories matching; when `capped`, the newest this many, which are all that was ranked. */
  total: number;
  /** More stories match than are ranked (RANK_WINDOW in lib/content/search/engine.ts). */
  capped?: boolean;
  results: ArticleSummary[];
  /** The matching passage of each result, by article id: text with the matched words marked. */
  snippets: Record<string, SnippetPart[]>;
  /** For a live blog found by the words of one of its updates: that update, with its address, by article id. */
  updates: Record<string, FoundUpdate>;
  /** The query with misspelt words corrected, when that finds stories; absent otherwise. */
  suggestion?: string;
}

/** The update of a live blog that a search matched, which its result links to. */
export interface FoundUpdate {
  title?: string;
  /** ISO 8601, as the editor wrote it. */
  at: string;
  /** The update's permalink. */
  path: string;
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
export function searchStore(store: ContentStore, query: string, { at, offset, limit }: { at: Date; offset: number; limit: number }): ArticleSearch {
  const view: View = { at };
  const outcome = searchDocuments(store.db, query, { at, offset, limit });
  const results: ArticleSummary[] = [];
  const snippets: Record<string, SnippetPart[]> = {};
  const updates: Record<string, FoundUpdate> = {};
  for (const hit of outcome.hits) {
    const article = store.summaryById(hit.id, view);
    if (!article) continue;
    results.push(article);
    snippets[hit.id] = typesetSnippet(hit.snippet);
    if (hit.update && article.live) {
      const { id, at, title } = hit.update;
      updates[hit.id] = { at, path: updatePermalinkPath(article.path, id), ...(title ? { title: typeset(title) } : {}) };
    }
  }
  const search: ArticleSearch = { query: outcome.query, total: outcome.total, results, snippets, updates };
  // Left out rather than undefined, so the result stays plain JSON for any page that passes it on.
  if (outcome.capped) search.capped = true;
  if (outcome.suggestion !== undefined) search.suggestion = outcome.suggestion;
  return search;
}
