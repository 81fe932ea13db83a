import type { SearchPageContent } from '@/lib/pages/search';
import { SearchBox } from '../chrome/SearchBox';
import { SearchResults } from './SearchResults';

/** The search page: the box with the reader's query, then its results, or a word on how to search. */
export function SearchPage({ query, search, window }: SearchPageContent) {
  return (
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
  );
}
