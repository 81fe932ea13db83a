import { typeset } from '@/lib/content/check/typography';
import styles from './KeyPoints.module.css';

interface KeyPointsProps {
  points: readonly string[];
  /** Unfolded on a phone: while coverage goes on. A wide screen always shows them. */
  open: boolean;
}

/**
 * The summary at the top of a live page: what a reader arriving now needs to know. On a phone
 * it folds once coverage is over (a details element: it opens with no script), so the updates
 * are not pushed a screen further down.
 */
export function KeyPoints({ points, open }: KeyPointsProps) {
  if (points.length === 0) return null;
  return (
    <section className={styles.keyPoints} aria-labelledby="key-points-heading">
      <details className={styles.fold} open={open}>
        <summary className={styles.toggle}>
          <h2 id="key-points-heading" className="live-heading">
            Key points
          </h2>
        </summary>
        <ul className={styles.list}>
          {points.map((point) => (
            <li key={point} className={styles.point}>
              {typeset(point)}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
