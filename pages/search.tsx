import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { DocumentPage } from '@/components/DocumentPage';
import { SearchBox } from '@/components/SearchBox';
import { StoryList } from '@/components/StoryList';
import { searchPageResult, type SearchPageProps } from '@/lib/pages/search';

/** Search results: rendered for each request, a plain document like every reader page. */
export const config = { unstable_runtimeJS: false };

function searchHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

export default function SearchPage({ chrome, query, page, pages, search }: SearchPageProps) {
  return (
    <DocumentPage chrome={chrome}>
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
    </DocumentPage>
  );
}

export const getServerSideProps: GetServerSideProps<SearchPageProps> = async ({ query }) => searchPageResult(query);
