import type { GetServerSidePropsResult } from 'next';
import type { ParsedUrlQuery } from 'node:querystring';
import { PAGE_SIZE, pageWindow, requestedPage, type PageWindow } from '../site/pagination';
import { searchArticles, type ArticleSearch } from '../content';
import { searchPath } from '../site/paths';
import { searchMetadata } from '../seo/metadata';
import { documentProps, type DocumentProps } from './document';

/** What the search page shows (components/search/SearchPage.tsx). */
export interface SearchPageContent {
  query: string;
  search?: ArticleSearch;
  window?: PageWindow;
}

export type SearchPageProps = DocumentProps<SearchPageContent>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/**
 * /search?q=…&page=…: rendered for each request. An empty query shows the box alone; a page
 * number that is not a plain positive integer, or past the last page, is the site's 404.
 */
export async function searchPageProps({ query: params }: { query: ParsedUrlQuery }): Promise<GetServerSidePropsResult<SearchPageProps>> {
  const query = first(params.q).trim();
  const page = requestedPage(first(params.page) || undefined);
  if (page === undefined) return { notFound: true };
  const search = query ? searchArticles(query, (page - 1) * PAGE_SIZE, PAGE_SIZE) : undefined;
  const window = search ? pageWindow(search.total, page, (n) => searchPath(search.query, n)) : undefined;
  if (page > 1 && !window) return { notFound: true };
  // Search results are never indexed, whatever the query.
  return { props: documentProps(searchMetadata(), { query, search, window }) };
}
