import type { SearchPageContent } from '@/lib/pages/search';
import { SearchBox } from '../chrome/SearchBox';
import { quotedQuery } from './quoted-query';
import { SearchResults } from './SearchResults';

/**
 * The search page: the box with the reader's query (or the correction whose results it shows),
 * then the results, or a word on how to search.
 */
export function SearchPage({ query, search, correctedFrom, window }: SearchPageContent) {
  return (
    <div className="search-page">
      <h1 className="page-title">{search ? `Search results for ${quotedQuery(search.query)}` : 'Search'}</h1>
      <div className="search-page__box">
        <SearchBox label="Search page" defaultValue={correctedFrom && search ? search.query : query} />
      </div>
      {search && window ? (
        <SearchResults search={search} correctedFrom={correctedFrom} window={window} />
      ) : (
        <p className="page-intro">Search every story by words in its headline, summary or text: “quoted words” as a phrase, elect* for every word that begins so.</p>
      )}
    </div>
  );
}
