import { formatDate, formatDateTime } from '@/lib/site/dates';

interface ArticleTimesProps {
  publishedAt: string;
  updatedAt?: string;
  /** What changed, e.g. "adds the ministry's statement". */
  updateNote?: string;
}

/** When an article was published and last updated: machine-readable, shown in the newsroom's zone. */
export function ArticleTimes({ publishedAt, updatedAt, updateNote }: ArticleTimesProps) {
  return (
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
  );
}
