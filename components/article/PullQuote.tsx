import { typeset } from '@/lib/content/check/typography';
import styles from './PullQuote.module.css';

interface PullQuoteProps {
  quote: string;
  /** Who said it. */
  by: string;
  /** What they are, e.g. "Iraq's prime minister". */
  role?: string;
}

/** A quotation set apart from the text, with who said it. */
export function PullQuote({ quote, by, role }: PullQuoteProps) {
  return (
    <figure className={styles.pullQuote}>
      <blockquote className={styles.quote}>
        <p>{typeset(quote)}</p>
      </blockquote>
      <figcaption className={styles.by}>
        <span className={styles.name}>{typeset(by)}</span>
        {role ? <span className={styles.role}>, {typeset(role)}</span> : null}
      </figcaption>
    </figure>
  );
}
