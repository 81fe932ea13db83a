import type { GetServerSideProps } from 'next';
import { DocumentPage } from '@/components/DocumentPage';
import { SearchBox } from '@/components/SearchBox';
import { SearchResults } from '@/components/SearchResults';
import { searchPageResult, type SearchPageProps } from '@/lib/pages/search';

/** Search results: rendered for each request, a plain document like every reader page. */
export const config = { unstable_runtimeJS: false };

export default function SearchPage({ chrome, query, search, window }: SearchPageProps) {
  return (
    <DocumentPage chrome={chrome}>
      <div className="search-page">
        <h1 className="page-title">{search ? <>Search results for “{search.query}”</> : 'Search'}</h1>
        <div className="search-page__box">
          <SearchBox label="Search page" defaultValue={query} />
        </div>
        {search && window ? (
          <SearchResults search={search} window={window} />
        ) : (
          <p className="page-intro">Search every story by words in its headline, summary or text: “quoted words” as a phrase, elect* for every word that begins so.</p>
        )}
      </div>
    </DocumentPage>
  );
}

export const getServerSideProps: GetServerSideProps<SearchPageProps> = async ({ query }) => searchPageResult(query);
