import type { ReactNode } from 'react';
import styles from './PinnedUpdate.module.css';

interface PinnedUpdateProps {
  /** What the pinned update is called (its title, else its time), for its folded line. */
  label: string;
  children: ReactNode;
}

/**
 * The update editors pinned, above the rest on the live blog's first page. Its copy in the list
 * keeps the anchor; this one is marked "Pinned". On a phone it folds to that line, so the newest
 * updates are not pushed a screen further down; a wide screen always shows it whole.
 */
export function PinnedUpdate({ label, children }: PinnedUpdateProps) {
  return (
    <section className={styles.pinned} aria-labelledby="pinned-heading">
      <details className={styles.fold}>
        <summary className={styles.toggle}>
          <h2 id="pinned-heading" className={styles.label}>
            Pinned
          </h2>
          <span className={styles.folded}>{label}</span>
        </summary>
        {children}
      </details>
    </section>
  );
}
