import { updateHeadline, type LiveUpdateEntry } from '@/lib/content/live/model';
import { typeset } from '@/lib/content/check/typography';
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
 * the updates on a wide screen, a list that folds on a phone (a details element: it opens by
 * touch or keyboard with no script).
 */
export function KeyEvents({ events, links, open }: KeyEventsProps) {
  if (events.length === 0) return null;
  return (
    <section className={styles.keyEvents} aria-labelledby="key-events-heading">
      <details className={styles.fold} open={open}>
        <summary className={styles.toggle}>
          <h2 id="key-events-heading" className="live-heading">
            Key events
          </h2>
        </summary>
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
      </details>
    </section>
  );
}
