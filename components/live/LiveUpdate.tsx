import type { ReactNode } from 'react';
import type { Author } from '@/lib/content';
import { typeset } from '@/lib/content/check/typography';
import { authorPath } from '@/lib/site/paths';
import { UpdateShare } from './UpdateShare';
import { UpdateTime } from './UpdateTime';
import styles from './LiveUpdate.module.css';

interface LiveUpdateProps {
  update: { id: string; at: string; title?: string; keyEvent?: boolean };
  /** The update's own page (`…/updates/<id>`), which always finds it, whichever page it is on. */
  permalink: string;
  /** The same, absolute: what a reader shares or copies. */
  shareUrl: string;
  /** The element id readers' links jump to (`update-<id>`); left out on the pinned copy, so it is not there twice. */
  anchorId?: string;
  /** The desk that signed it. */
  author?: Pick<Author, 'id' | 'name'>;
  /** What it is called when shared: its title, else its time. */
  shareTitle: string;
  /** The rendered body. */
  children: ReactNode;
}

/**
 * One update: whether it is a key event, its time (a link to its own page), who wrote it and
 * its title, then its body, then the link to share it.
 */
export function LiveUpdate({ update, permalink, shareUrl, anchorId, author, shareTitle, children }: LiveUpdateProps) {
  const labelId = `${anchorId ?? `pinned-${update.id}`}-label`;
  return (
    <article className={update.keyEvent ? `${styles.update} ${styles.keyEvent}` : styles.update} id={anchorId} aria-labelledby={labelId}>
      <header className={styles.header}>
        {update.keyEvent ? <p className={styles.keyEventMark}>Key event</p> : null}
        <p className="live-meta">
          <a className={styles.permalink} href={permalink} id={update.title ? undefined : labelId}>
            <UpdateTime iso={update.at} />
          </a>
        </p>
        {author ? (
          <p className={styles.author}>
            <a href={authorPath(author.id)}>{author.name}</a>
          </p>
        ) : null}
        {update.title ? (
          <h3 className={styles.title} id={labelId}>
            {typeset(update.title)}
          </h3>
        ) : null}
      </header>
      <div className={styles.body}>{children}</div>
      <UpdateShare permalink={permalink} url={shareUrl} title={shareTitle} />
    </article>
  );
}
