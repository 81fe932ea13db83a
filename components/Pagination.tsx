import Link from 'next/link';
import type { PageWindow } from '@/lib/front/pagination';

interface PaginationProps {
  window: PageWindow;
  /** What the previous and next pages hold, from the reader's side: newer and older stories on a front. */
  previousLabel?: string;
  nextLabel?: string;
}

/** Previous and next links between the pages of a list; nothing when it has one page. */
export function Pagination({ window, previousLabel = 'Newer stories', nextLabel = 'Older stories' }: PaginationProps) {
  if (window.pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {window.previous ? (
        <Link className="pagination__link" href={window.previous} rel="prev">
          <span aria-hidden="true">← </span>
          {previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <p className="pagination__status">
        Page {window.page} of {window.pageCount}
      </p>
      {window.next ? (
        <Link className="pagination__link pagination__link--next" href={window.next} rel="next">
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
