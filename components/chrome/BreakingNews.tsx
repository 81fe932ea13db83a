import type { Breaking } from '@/lib/content/breaking';
import { typeset } from '@/lib/content/check/typography';
import { LIVE_DATA } from '@/lib/http/live-scripts';
import styles from './BreakingNews.module.css';

/**
 * The breaking-news strip across the top of every page until it expires. The
 * page script hides it at that moment on a page left open or held in a cache.
 */
export function BreakingNews({ breaking }: { breaking: Breaking }) {
  return (
    <aside className={styles.strip} aria-label="Breaking news" {...{ [LIVE_DATA.breakingExpires]: breaking.expires }}>
      <p className={styles.inner}>
        <span className={styles.label}>Breaking</span>{' '}
        <a className={styles.link} href={breaking.url}>
          {typeset(breaking.text)}
        </a>
      </p>
    </aside>
  );
}
