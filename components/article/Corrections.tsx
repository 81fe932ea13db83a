import type { Correction } from '@/lib/content';
import { formatDate } from '@/lib/site/dates';
import styles from './Corrections.module.css';

/** The newsroom's corrections to an article, newest first, each with its date. */
export function Corrections({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  const heading = corrections.length === 1 ? 'Correction' : 'Corrections';
  return (
    <aside className={styles.corrections} aria-labelledby="corrections-heading">
      <h2 id="corrections-heading" className={styles.heading}>
        {heading}
      </h2>
      <ul className={styles.list}>
        {corrections.map((c) => (
          <li key={`${c.date} ${c.text}`} className={styles.item}>
            <time className={styles.date} dateTime={c.date}>
              {formatDate(c.date)}
            </time>{' '}
            {c.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
