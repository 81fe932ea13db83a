import { typeset } from '@/lib/content/check/typography';
import { LIVE_DATA } from '@/lib/http/live-scripts';
import styles from './LiveUpdate.module.css';

interface UpdateShareProps {
  /** The update's own page. */
  permalink: string;
  /** The same, absolute. */
  url: string;
  /** What the update is called (its title, else its time): names the link among the page's others, and the shared page. */
  title: string;
}

/**
 * The link to an update's own page. Without a script a reader follows, copies or shares it as
 * any link; with the page's script it opens a phone's share sheet, or copies the address and
 * says so (lib/http/live-scripts.js).
 */
export function UpdateShare({ permalink, url, title }: UpdateShareProps) {
  return (
    <p className={styles.share}>
      <a className={styles.shareLink} href={permalink} {...{ [LIVE_DATA.share]: url, [LIVE_DATA.shareTitle]: title }}>
        Link to this update<span className="visually-hidden">: {typeset(title)}</span>
      </a>{' '}
      <span className={styles.shareStatus} aria-live="polite" {...{ [LIVE_DATA.shareStatus]: '' }} />
    </p>
  );
}
