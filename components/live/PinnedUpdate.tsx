import type { ReactNode } from 'react';
import { Fold } from './Fold';
import styles from './PinnedUpdate.module.css';

interface PinnedUpdateProps {
  /** What the pinned update is called (its title, else its time), for its folded line. */
  label: string;
  children: ReactNode;
}

/**
 * The update editors pinned, above the rest on the live blog's first page. Its copy in the list
 * keeps the anchor; this one is marked "Pinned". On a phone it folds to that line.
 */
export function PinnedUpdate({ label, children }: PinnedUpdateProps) {
  return (
    <Fold className={styles.pinned} headingId="pinned-heading" heading="Pinned" headingClassName={styles.label} folded={label} open={false}>
      {children}
    </Fold>
  );
}
