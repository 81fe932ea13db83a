import { typeset } from '@/lib/content/check/typography';
import styles from './KeyPoints.module.css';

/** The summary at the top of a live page: what a reader arriving now needs to know. */
export function KeyPoints({ points }: { points: readonly string[] }) {
  if (points.length === 0) return null;
  return (
    <section className={styles.keyPoints} aria-labelledby="key-points-heading">
      <h2 id="key-points-heading" className="live-heading">
        Key points
      </h2>
      <ul className={styles.list}>
        {points.map((point) => (
          <li key={point} className={styles.point}>
            {typeset(point)}
          </li>
        ))}
      </ul>
    </section>
  );
}
