import { formatUpdateDay, formatUpdateTime } from '@/lib/site/dates';

/** A moment of live coverage as live pages print it: "14:30 GMT, Sun 7 Nov", machine-readable. */
export function UpdateTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso}>
      {formatUpdateTime(iso)}, {formatUpdateDay(iso)}
    </time>
  );
}
