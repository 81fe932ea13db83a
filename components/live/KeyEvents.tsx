import { updateHeadline, type LiveUpdateEntry } from '@/lib/content/live/model';
import { typeset } from '@/lib/content/check/typography';
import { Fold } from './Fold';
import { UpdateTime } from './UpdateTime';
import styles from './KeyEvents.module.css';

interface KeyEventsProps {
  events: readonly LiveUpdateEntry[];
  /** Where each is read, by id: its anchor on this page, else its own page. */
  links: Record<string, string>;
  /** Unfolded on a phone: while coverage goes on. A wide screen always shows the list. */
  open: boolean;
}

/**
 * The moments that sum a live blog up, newest first, each a link to its update: a column beside
 * the updates on a wide screen, a list that folds on a phone once coverage is over.
 */
export function KeyEvents({ events, links, open }: KeyEventsProps) {
  if (events.length === 0) return null;
  return (
    <Fold className={styles.keyEvents} headingId="key-events-heading" heading="Key events" open={open}>
      <ol className={styles.list}>
        {events.map((event) => (
          <li key={event.id} className={styles.event}>
            <a className={styles.link} href={links[event.id]}>
              <span className={styles.time}>
                <UpdateTime iso={event.at} />
              </span>
              <span className={styles.title}>{typeset(updateHeadline(event))}</span>
            </a>
          </li>
        ))}
      </ol>
    </Fold>
  );
}
