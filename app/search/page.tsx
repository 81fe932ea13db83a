import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SearchBox } from '@/components/SearchBox';
import { StoryList } from '@/components/StoryList';
import { PAGE_SIZE, pageCount } from '@/lib/front/pagination';
import { searchArticles } from '@/lib/search';
import { searchMetadata } from '@/lib/seo/metadata';

// Search results are never indexed, whatever the query.
export const metadata: Metadata = searchMetadata();

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function searchHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = await searchParams;
  const query = first(params.q).trim();
  const pageParam = first(params.page);
  const page = pageParam === '' ? 1 : /^[1-9]\d{0,5}$/.test(pageParam) ? Number(pageParam) : 0;
  if (page === 0) notFound();

  const search = query ? searchArticles(query, (page - 1) * PAGE_SIZE, PAGE_SIZE) : undefined;
  const pages = search ? pageCount(search.total) : 1;
  if (page > pages) notFound();

  return (
    <div className="search-page">
      <h1 className="page-title">{search ? <>Search results for “{search.query}”</> : 'Search'}</h1>
      <div className="search-page__box">
        <SearchBox label="Search page" defaultValue={query} />
      </div>
      {search ? (
        <>
          <p className="search-page__count" role="status">
            {search.total === 0
              ? `No stories match “${search.query}”. Try fewer or different words.`
              : `${search.total} ${search.total === 1 ? 'story matches' : 'stories match'} “${search.query}”, best match first.`}
          </p>
          {search.total > 0 ? <StoryList articles={search.results} emptyMessage="" /> : null}
          {pages > 1 ? (
            <nav className="pagination" aria-label="Pages">
              {page > 1 ? (
                <Link className="pagination__link" href={searchHref(search.query, page - 1)} rel="prev">
                  <span aria-hidden="true">← </span>Better matches
                </Link>
              ) : (
                <span />
              )}
              <p className="pagination__status">
                Page {page} of {pages}
              </p>
              {page < pages ? (
                <Link className="pagination__link pagination__link--next" href={searchHref(search.query, page + 1)} rel="next">
                  More results<span aria-hidden="true"> →</span>
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      ) : (
        <p className="page-intro">Search every story by words in its headline, summary or text.</p>
      )}
    </div>
  );
}
