import { site } from './config';

/** ISO 8601 date-time with an explicit offset ("Z" or ±hh:mm); seconds and fractions optional. */
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * True when `value` is a real instant written with an offset. Rejects dates
 * that `Date` would silently roll over (2021-02-30) and times like 24:61.
 */
export function isIsoWithOffset(value: string): boolean {
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return false;
  if (oh !== undefined && (Number(oh) > 14 || Number(om) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

interface CalendarDate {
  year: string;
  month: string;
  day: string;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in the newsroom's time zone (an edition's, when given), zero-padded. */
export function newsroomDate(iso: string, timeZone: string = site.timeZone): CalendarDate {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    partsFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(iso));
  const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: pick('year'), month: pick('month'), day: pick('day') };
}

const dateFormatter = new Intl.DateTimeFormat(site.locale, {
  timeZone: site.timeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const dateTimeFormatter = new Intl.DateTimeFormat(site.locale, {
  timeZone: site.timeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "8 November 2021" in the newsroom's zone. */
export function formatDate(iso: string): string {
  return dateFormatter.format(new Date(iso));
}

/** "8 November 2021 at 09:15 GMT" in the newsroom's zone. */
export function formatDateTime(iso: string): string {
  return dateTimeFormatter.format(new Date(iso));
}

const updateTimeFormatter = new Intl.DateTimeFormat(site.locale, { timeZone: site.timeZone, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
const updateDayFormatter = new Intl.DateTimeFormat(site.locale, { timeZone: site.timeZone, weekday: 'short', day: 'numeric', month: 'short' });

/** "00:20 GMT": a live blog update's time in the newsroom's zone, as live pages print it. */
export function formatUpdateTime(iso: string): string {
  return updateTimeFormatter.format(new Date(iso));
}

/** "Sun 7 Nov": the day of an update, printed beside its time. */
export function formatUpdateDay(iso: string): string {
  return updateDayFormatter.format(new Date(iso));
}
