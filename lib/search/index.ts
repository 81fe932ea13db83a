import { contentDatabase, getArticleSummary, type ArticleSummary } from '../content';
import { typeset } from '../content/typography';
import { now } from '../clock';
import { MARK_END, MARK_START, searchDocuments, snippetParts, type SnippetPart } from './engine';

export type { SnippetPart } from './engine';

/**
 * Search for the search page: the engine (engine.ts) queries the FTS5 tables the
 * content check writes into the content store, opened read-only by servers; this
 * module turns its hits into the stories' summaries and typeset passages.
 */

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
  const outcome = searchDocuments(contentDatabase(), query, { at: now(), offset, limit });
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
