import type { PageLinks } from '@/lib/content/live/pages';
import { UpdateTime } from './UpdateTime';
import styles from './LivePagination.module.css';

interface LivePaginationProps {
  links: PageLinks;
  /** The oldest and newest update on this page, to say what it covers. */
  span?: { from: string; to: string };
}

const LABELS: [keyof PageLinks, string, string][] = [
  ['latest', 'Latest updates', '«'],
  ['newer', 'Newer', '‹'],
  ['older', 'Older', '›'],
  ['oldest', 'Earliest updates', '»'],
];

/**
 * Ways between a live blog's pages, named by direction in time rather than by
 * number: the pages are counted from the oldest update, which is not how
 * readers count them.
 */
export function LivePagination({ links, span }: LivePaginationProps) {
  const present = LABELS.filter(([key]) => links[key] !== undefined);
  if (present.length === 0) return null;
  return (
    <nav className="live-pagination" aria-label="Live blog pages">
      {span ? (
        <p className={styles.span}>
          Updates from <UpdateTime iso={span.from} /> to <UpdateTime iso={span.to} />
        </p>
      ) : null}
      <ul className="live-pagination__links">
        {present.map(([key, label, arrow]) => (
          <li key={key} className={key === 'older' || key === 'oldest' ? styles.later : undefined}>
            <a className={styles.link} href={links[key]}>
              {key === 'older' || key === 'oldest' ? null : <span aria-hidden="true">{arrow} </span>}
              {label}
              {key === 'older' || key === 'oldest' ? <span aria-hidden="true"> {arrow}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
