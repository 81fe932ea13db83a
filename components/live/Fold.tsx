import type { ReactNode } from 'react';
import styles from './Fold.module.css';

interface FoldProps {
  /** The section's class: how it looks. */
  className?: string;
  headingId: string;
  heading: string;
  headingClassName?: string;
  /** Shown beside the heading while folded. */
  folded?: ReactNode;
  /** Unfolded on a phone. From a tablet's width up the section is always shown whole. */
  open: boolean;
  children: ReactNode;
}

/**
 * A part of a live page that folds on a phone so the updates are not pushed screens down (the
 * key points, the key events, the pinned update): a details element, which opens by touch or
 * keyboard with no script. Wider screens show it whole, where the browser lets CSS open a
 * details element.
 */
export function Fold({ className, headingId, heading, headingClassName = 'live-heading', folded, open, children }: FoldProps) {
  return (
    <section className={className} aria-labelledby={headingId}>
      <details className={styles.fold} open={open}>
        <summary className={styles.toggle}>
          <h2 id={headingId} className={headingClassName}>
            {heading}
          </h2>
          {folded ? <span className={styles.folded}>{folded}</span> : null}
        </summary>
        {children}
      </details>
    </section>
  );
}
