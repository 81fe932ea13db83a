import type { ReactNode } from 'react';
import type { Author } from '@/lib/content';
import { typeset } from '@/lib/content/check/typography';
import { formatUpdateDay, formatUpdateTime } from '@/lib/site/dates';
import styles from './LiveUpdate.module.css';

interface LiveUpdateProps {
  update: { id: string; at: string; title?: string };
  /** The update's permalink (`…/updates/<id>`), which always finds it, whichever page it is on. */
  permalink: string;
  /** The element id readers' links jump to (`update-<id>`); left out on the pinned copy, so it is not there twice. */
  anchorId?: string;
  /** The desk that signed it. */
  author?: Pick<Author, 'id' | 'name'>;
  /** The rendered body. */
  children: ReactNode;
}

/** One update: its time (a link to its permalink), an optional title, who signed it, and its body. */
export function LiveUpdate({ update, permalink, anchorId, author, children }: LiveUpdateProps) {
  const labelId = `${anchorId ?? `pinned-${update.id}`}-label`;
  return (
    <article className={styles.update} id={anchorId} aria-labelledby={labelId}>
      <header className={styles.header}>
        <p className="live-meta">
          <a className={styles.permalink} href={permalink} id={update.title ? undefined : labelId}>
            <time dateTime={update.at}>{formatUpdateTime(update.at)}</time>
            <span className={styles.day}> {formatUpdateDay(update.at)}</span>
          </a>
        </p>
        {update.title ? (
          <h3 className={styles.title} id={labelId}>
            {typeset(update.title)}
          </h3>
        ) : null}
      </header>
      <div className={styles.body}>{children}</div>
      {author ? (
        <p className={styles.author}>
          <a href={`/authors/${author.id}`}>{author.name}</a>
        </p>
      ) : null}
    </article>
  );
}
