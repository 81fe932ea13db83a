import type { GetServerSidePropsResult } from 'next';
import type { ParsedUrlQuery } from 'node:querystring';
import { PAGE_SIZE, pageWindow, requestedPage, type PageWindow } from '../site/pagination';
import { searchArticles, type ArticleSearch } from '../content';
import { SEARCH_VERBATIM, searchPath } from '../site/paths';
import { searchMetadata } from '../seo/metadata';
import { documentProps, type DocumentProps } from './document';

/** What the search page shows (components/search/SearchPage.tsx). */
export interface SearchPageContent {
  query: string;
  /** The results shown: of the query, or of its correction when the query found nothing. */
  search?: ArticleSearch;
  /** When the query as typed found nothing and its correction is shown instead: the query as typed. */
  correctedFrom?: string;
  window?: PageWindow;
}

export type SearchPageProps = DocumentProps<SearchPageContent>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/**
 * The search a reader sees: the query's, or, when it finds nothing and a corrected spelling
 * finds stories, the correction's (unless they asked for the query as typed).
 */
function searchFor(query: string, page: number, verbatim: boolean): { search: ArticleSearch; correctedFrom?: string } {
  const search = searchArticles(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  if (search.total > 0 || search.suggestion === undefined || verbatim) return { search };
  return { search: searchArticles(search.suggestion, (page - 1) * PAGE_SIZE, PAGE_SIZE), correctedFrom: search.query };
}

/**
 * /search?q=…&page=…: rendered for each request. An empty query shows the box alone; a page
 * number that is not a plain positive integer, or past the last page, is the site's 404.
 */
export async function searchPageProps({ query: params }: { query: ParsedUrlQuery }): Promise<GetServerSidePropsResult<SearchPageProps>> {
  const query = first(params.q).trim();
  const page = requestedPage(first(params.page) || undefined);
  if (page === undefined) return { notFound: true };
  const found = query ? searchFor(query, page, first(params[SEARCH_VERBATIM]) === '1') : undefined;
  const search = found?.search;
  const window = search ? pageWindow(search.total, page, (n) => searchPath(search.query, n)) : undefined;
  if (page > 1 && !window) return { notFound: true };
  // Search results are never indexed, whatever the query.
  return { props: documentProps(searchMetadata(), { query, search, window, ...(found?.correctedFrom ? { correctedFrom: found.correctedFrom } : {}) }) };
}
