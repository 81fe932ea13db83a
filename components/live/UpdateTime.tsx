import { LIVE_DATA } from '@/lib/http/live-scripts';
import { formatUpdateDay, formatUpdateTime } from '@/lib/site/dates';

/**
 * A moment of live coverage as live pages print it: "14:30 GMT, Sun 7 Nov", machine-readable.
 * The page script writes how long ago it was ("12 min ago") in place of the day while that is
 * under a day (lib/http/live-scripts.js); without it the day stays.
 */
export function UpdateTime({ iso }: { iso: string }) {
  return (
    <>
      <time dateTime={iso}>{formatUpdateTime(iso)}</time>, <span {...{ [LIVE_DATA.relative]: iso }}>{formatUpdateDay(iso)}</span>
    </>
  );
}
