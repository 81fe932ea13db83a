import styles from './LiveBadge.module.css';

/** "Live": the mark of running coverage, on the live page and beside its teaser on fronts. */
export function LiveBadge() {
  return <span className={styles.badge}>Live</span>;
}
