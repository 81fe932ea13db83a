import { useId } from 'react';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';

interface SearchBoxProps {
  /** Names the search landmark; each on a page needs its own. */
  label: string;
  defaultValue?: string;
}

/** A plain GET form to /search: it works without JavaScript. */
export function SearchBox({ label, defaultValue }: SearchBoxProps) {
  const id = useId();
  return (
    <form className="search-box" role="search" aria-label={label} action="/search" method="get">
      <label className="visually-hidden" htmlFor={id}>
        Search stories
      </label>
      <input
        className="search-box__input"
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Search stories"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button className="search-box__button" type="submit">
        Search
      </button>
    </form>
  );
}
