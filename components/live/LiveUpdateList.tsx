import type { ReactNode } from 'react';
import { LIVE_DATA } from '@/lib/http/live-scripts';
import styles from './LiveUpdateList.module.css';

interface LiveUpdateListProps {
  /**
   * On the latest page of an open live blog: the feed the page script polls
   * and the newest update's time written in the page (or the start of
   * coverage before the first update).
   */
  poll?: { feed: string; latest: string };
  /** What the list is: "Updates", "Key events", "Update". */
  heading: string;
  /** The updates, newest first, as <LiveUpdate> elements. */
  children: ReactNode;
}

/** The updates of one page, newest first, under one heading. */
export function LiveUpdateList({ poll, heading, children }: LiveUpdateListProps) {
  const data = poll ? { [LIVE_DATA.feed]: poll.feed, [LIVE_DATA.latest]: poll.latest } : {};
  return (
    <section className={styles.list} aria-labelledby="updates-heading" {...data}>
      <h2 id="updates-heading" className={`live-heading ${styles.heading}`}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
