import type { GetServerSidePropsResult } from 'next';
import type { ParsedUrlQuery } from 'node:querystring';
import { PAGE_SIZE, pageWindow, type PageWindow } from '../front/pagination';
import { searchArticles, type ArticleSearch } from '../search';
import { searchPath } from '../search/paths';
import { searchMetadata } from '../seo/metadata';
import { documentProps, type DocumentProps } from './document';

export type SearchPageProps = DocumentProps<{ query: string; search?: ArticleSearch; window?: PageWindow }>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/**
 * /search?q=…&page=…: rendered for each request. An empty query shows the box alone; a page
 * number that is not a plain positive integer, or past the last page, is the site's 404.
 */
export function searchPageResult(params: ParsedUrlQuery): GetServerSidePropsResult<SearchPageProps> {
  const query = first(params.q).trim();
  const pageParam = first(params.page);
  const page = pageParam === '' ? 1 : /^[1-9]\d{0,5}$/.test(pageParam) ? Number(pageParam) : 0;
  if (page === 0) return { notFound: true };
  const search = query ? searchArticles(query, (page - 1) * PAGE_SIZE, PAGE_SIZE) : undefined;
  const window = search ? pageWindow(search.total, page, (n) => searchPath(search.query, n)) : undefined;
  if (page > 1 && !window) return { notFound: true };
  // Search results are never indexed, whatever the query.
  return { props: documentProps(searchMetadata(), { query, search, window }) };
}
