import { typeset } from '@/lib/content/check/typography';
import { Fold } from './Fold';
import styles from './KeyPoints.module.css';

/**
 * The summary at the top of a live page: what a reader arriving now needs to know. On a phone
 * it folds once coverage is over (`open` while it goes on).
 */
export function KeyPoints({ points, open }: { points: readonly string[]; open: boolean }) {
  if (points.length === 0) return null;
  return (
    <Fold className={styles.keyPoints} headingId="key-points-heading" heading="Key points" open={open}>
      <ul className={styles.list}>
        {points.map((point) => (
          <li key={point} className={styles.point}>
            {typeset(point)}
          </li>
        ))}
      </ul>
    </Fold>
  );
}
