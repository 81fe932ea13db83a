import type { LiveStatus as Status } from '@/lib/content/live/pages';
import { LiveBadge } from './LiveBadge';
import { UpdateTime } from './UpdateTime';
import styles from './LiveStatus.module.css';

interface LiveStatusProps {
  status: Status;
  /** The newest update's time: "Latest update 14:30 GMT" while live, "Last updated 17:45 GMT" once ended. */
  latestUpdateAt?: string;
}

/** Whether coverage goes on: LIVE with the latest update's time, or a plain notice that it has ended and when it was last updated. */
export function LiveStatus({ status, latestUpdateAt }: LiveStatusProps) {
  if (status === 'ended') {
    return (
      <p className={`live-meta ${styles.ended}`}>
        <span className={styles.endedText}>This live coverage has ended</span>
        {latestUpdateAt ? (
          <span className={styles.detail}>
            {' '}
            Last updated <UpdateTime iso={latestUpdateAt} />
          </span>
        ) : null}
      </p>
    );
  }
  return (
    <p className={`live-meta ${styles.live}`}>
      <LiveBadge />
      {latestUpdateAt ? (
        <span className={styles.detail}>
          {' '}
          Latest update <UpdateTime iso={latestUpdateAt} />
        </span>
      ) : null}
    </p>
  );
}
