import { Fragment } from 'react';
import type { Author } from '@/lib/content';
import { formatDate, formatDateTime } from '@/lib/site/dates';
import { authorPath } from '@/lib/site/paths';

interface BylineProps {
  authors: Author[];
  publishedAt: string;
  updatedAt?: string;
  /** What changed, e.g. "adds the ministry's statement". */
  updateNote?: string;
}

function separator(i: number, count: number): string {
  if (i === 0) return '';
  return i === count - 1 ? ' and ' : ', ';
}

/** Who wrote it and when: times are machine-readable and shown in the newsroom's zone. */
export function Byline({ authors, publishedAt, updatedAt, updateNote }: BylineProps) {
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
      <p className="byline__times">
        <time dateTime={publishedAt} title={formatDateTime(publishedAt)}>
          {formatDate(publishedAt)}
        </time>
        {updatedAt ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="byline__updated">
              Updated <time dateTime={updatedAt}>{formatDateTime(updatedAt)}</time>
              {updateNote ? `: ${updateNote}` : null}
            </span>
          </>
        ) : null}
      </p>
    </div>
  );
}
