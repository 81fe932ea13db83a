import { now } from '../clock';
import { contentDatabase, getArticleSummary, type ArticleSummary } from '../content';
import { searchDocuments, type SnippetPart } from './engine';

/** Queries longer than this are cut: nobody types more, and each term costs a lookup. */
export const MAX_QUERY_LENGTH = 200;

export interface ArticleSearch {
  query: string;
  total: number;
  results: ArticleSummary[];
  /** The matched passage of each result's text, by article id, with the matching words marked. */
  snippets: Record<string, SnippetPart[]>;
  /** A query the index's own words suggest, when the one asked for looks misspelt. */
  suggestion?: string;
}

/** Full-text search over headline, standfirst and body of published stories; best match first. */
export function searchArticles(query: string, offset = 0, limit = 20): ArticleSearch {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH);
  const outcome = searchDocuments(contentDatabase(), q, { at: now(), offset, limit });
  const results: ArticleSummary[] = [];
  const snippets: Record<string, SnippetPart[]> = {};
  for (const hit of outcome.hits) {
    const summary = getArticleSummary(hit.id);
    if (!summary) continue;
    results.push(summary);
    snippets[hit.id] = hit.snippet;
  }
  return { query: q, total: outcome.total, results, snippets, ...(outcome.suggestion ? { suggestion: outcome.suggestion } : {}) };
}
