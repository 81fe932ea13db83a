import { LIVE_DATA } from '@/lib/http/live-scripts';
import styles from './NewUpdatesNotice.module.css';

/**
 * Where the page script says "N new updates" (lib/http/live-scripts.js): a polite
 * live region holding a button that brings them in. The button is hidden
 * until there is something new, and never shows without JavaScript.
 */
export function NewUpdatesNotice() {
  return (
    <div className={styles.notice} role="status" {...{ [LIVE_DATA.notice]: '' }}>
      <button type="button" className={styles.button} hidden />
    </div>
  );
}
