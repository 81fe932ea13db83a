import type { PublicationState } from '@/lib/content';
import { formatDateTime } from '@/lib/site/dates';
import styles from './DraftBanner.module.css';

interface DraftBannerProps {
  state: PublicationState;
  publishedAt: string;
}

/**
 * Shown only in `next dev`, where editors preview what readers cannot see yet:
 * production never renders a draft or an embargoed article at all.
 */
export function DraftBanner({ state, publishedAt }: DraftBannerProps) {
  if (state === 'published') return null;
  return (
    <div className={styles.banner} role="status">
      <p className={styles.label}>{state === 'draft' ? 'Draft' : 'Scheduled'}</p>
      <p className={styles.text}>
        {state === 'draft' ? (
          <>Not published: readers cannot see this article until <code>draft: true</code> is removed.</>
        ) : (
          <>
            Embargoed until <time dateTime={publishedAt}>{formatDateTime(publishedAt)}</time>: readers see it from
            then, within a minute.
          </>
        )}
      </p>
    </div>
  );
}
