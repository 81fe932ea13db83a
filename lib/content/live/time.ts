import { site } from '../../site/config';

const timeFormatter = new Intl.DateTimeFormat(site.locale, {
  timeZone: site.timeZone,
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

const dayFormatter = new Intl.DateTimeFormat(site.locale, {
  timeZone: site.timeZone,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/** "00:20 GMT": an update's time in the newsroom's zone, as live pages print it. */
export function formatUpdateTime(iso: string): string {
  return timeFormatter.format(new Date(iso));
}

/** "Sun 7 Nov": the day of an update, printed beside its time. */
export function formatUpdateDay(iso: string): string {
  return dayFormatter.format(new Date(iso));
}
