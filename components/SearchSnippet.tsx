import { Fragment } from 'react';
import type { SnippetPart } from '@/lib/search/engine';

/**
 * The passage of a story that matched a search, with the matched words in
 * `<mark>`. Built from text parts, so nothing in a story is read as markup.
 */
export function SearchSnippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="search-snippet__match">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
