import { getArticleSummary, getIndex, listSearchDocuments, type ArticleSummary, type ContentIndex } from '../content';
import { buildSearchIndex, searchIndex, type SearchIndex } from './searchIndex';

/** Queries longer than this are cut: nobody types more, and each term costs a lookup. */
export const MAX_QUERY_LENGTH = 200;

// One search index per content index: built on the first search in a process,
// rebuilt only when the content index is (each request in `next dev`).
const built = new WeakMap<ContentIndex, SearchIndex>();

function currentIndex(): SearchIndex {
  const content = getIndex();
  let index = built.get(content);
  if (!index) {
    index = buildSearchIndex(listSearchDocuments(content));
    built.set(content, index);
  }
  return index;
}

export interface ArticleSearch {
  query: string;
  total: number;
  results: ArticleSummary[];
}

/** Full-text search over headline, standfirst and body; best match first. */
export function searchArticles(query: string, offset = 0, limit = 20): ArticleSearch {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH);
  const { total, hits } = searchIndex(currentIndex(), q, offset, limit);
  return {
    query: q,
    total,
    results: hits.map((h) => getArticleSummary(h.id)).filter((a): a is ArticleSummary => a !== undefined),
  };
}
