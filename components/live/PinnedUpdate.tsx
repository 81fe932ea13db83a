import type { ReactNode } from 'react';
import styles from './PinnedUpdate.module.css';

/**
 * The update editors pinned, above the rest on the live blog's first page.
 * Its copy in the list keeps the anchor; this one is marked "Pinned".
 */
export function PinnedUpdate({ children }: { children: ReactNode }) {
  return (
    <section className={styles.pinned} aria-labelledby="pinned-heading">
      <h2 id="pinned-heading" className={styles.label}>
        Pinned
      </h2>
      {children}
    </section>
  );
}
