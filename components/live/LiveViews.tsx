import styles from './LiveViews.module.css';

interface LiveViewsProps {
  /** The live blog's own address: every update. */
  allPath: string;
  keyEventsPath: string;
  /** Which of the two this page is, if either. */
  current?: 'all' | 'key-events';
}

/** The two ways to read a live blog: every update, or its key events alone. Plain links: no script needed. */
export function LiveViews({ allPath, keyEventsPath, current }: LiveViewsProps) {
  return (
    <nav className={styles.views} aria-label="Live blog views">
      <ul className="live-views__links">
        <li>
          <a className={styles.link} href={allPath} aria-current={current === 'all' ? 'page' : undefined}>
            All updates
          </a>
        </li>
        <li>
          <a className={styles.link} href={keyEventsPath} aria-current={current === 'key-events' ? 'page' : undefined}>
            Key events only
          </a>
        </li>
      </ul>
    </nav>
  );
}
