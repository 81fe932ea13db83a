import { Fragment, type ReactNode } from 'react';
import type { Author } from '@/lib/content';
import { authorPath } from '@/lib/site/paths';

function separator(i: number, count: number): string {
  if (i === 0) return '';
  return i === count - 1 ? ' and ' : ', ';
}

/** Who wrote it, then when (`children`: an article's dates, a live blog's start and last update). */
export function Byline({ authors, children }: { authors: Author[]; children: ReactNode }) {
  return (
    <div className="byline">
      <p className="byline__authors">
        By{' '}
        <span className="byline__names">
          {authors.map((a, i) => (
            <Fragment key={a.id}>
              {separator(i, authors.length)}
              <a href={authorPath(a.id)}>{a.name}</a>
            </Fragment>
          ))}
        </span>
      </p>
      {children}
    </div>
  );
}
