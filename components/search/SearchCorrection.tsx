import { searchPath } from '@/lib/site/paths';

interface SearchCorrectionProps {
  /** The corrected query, whose results the page shows. */
  corrected: string;
  /** The query as the reader typed it, which found nothing. */
  typed: string;
}

/** "Showing results for election. Search instead for electon": the correction shown, and the way back to the query as typed. */
export function SearchCorrection({ corrected, typed }: SearchCorrectionProps) {
  return (
    <p className="search-suggestion">
      Showing results for{' '}
      <a className="search-suggestion__link" href={searchPath(corrected)}>
        {corrected}
      </a>
      . Search instead for <a href={searchPath(typed, 1, { verbatim: true })}>{typed}</a>
    </p>
  );
}
