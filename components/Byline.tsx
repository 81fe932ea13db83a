import type { Author } from '@/lib/content';
import { formatDate, formatDateTime } from '@/lib/content/dates';

interface BylineProps {
  authors: Author[];
  publishedAt: string;
  updatedAt?: string;
  /** What changed, e.g. "adds the ministry's statement". */
  updateNote?: string;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Who wrote it and when: times are machine-readable and shown in the newsroom's zone. */
export function Byline({ authors, publishedAt, updatedAt, updateNote }: BylineProps) {
  return (
    <div className="byline">
      <p className="byline__authors">
        By <span className="byline__names">{joinNames(authors.map((a) => a.name))}</span>
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
