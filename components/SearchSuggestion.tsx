import { searchPath } from '@/lib/search/paths';

/** "Did you mean …?": the reader's query with misspelt words corrected, as a link to its results. */
export function SearchSuggestion({ suggestion }: { suggestion: string }) {
  return (
    <p className="search-suggestion">
      Did you mean{' '}
      <a className="search-suggestion__link" href={searchPath(suggestion)}>
        {suggestion}
      </a>
      ?
    </p>
  );
}
