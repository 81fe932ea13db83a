import { describe, expect, it } from 'vitest';
import { site } from './config';
import { formatDate, isIsoWithOffset, newsroomDate } from './dates';

describe('isIsoWithOffset', () => {
  it.each(['2021-11-07T09:00:00+03:00', '2021-11-07T06:00:00Z', '2021-11-07T09:00+03:00', '2021-11-07T09:00:00.250-05:00', '2024-02-29T00:00:00Z'])(
    'accepts %s',
    (value) => expect(isIsoWithOffset(value)).toBe(true),
  );

  it.each([
    ['no offset', '2021-11-07T09:00:00'],
    ['date only', '2021-11-07'],
    ['30 February', '2021-02-30T10:00:00Z'],
    ['29 February in a common year', '2021-02-29T10:00:00Z'],
    ['hour 24', '2021-11-07T24:00:00Z'],
    ['month 13', '2021-13-07T09:00:00Z'],
    ['offset without colon', '2021-11-07T09:00:00+0300'],
    ['words', 'last Sunday'],
  ])('rejects %s', (_, value) => expect(isIsoWithOffset(value)).toBe(false));
});

describe('dates in the newsroom time zone', () => {
  it('uses the configured zone', () => {
    expect(site.timeZone).toBe('Europe/London');
  });

  it('takes the calendar date in the newsroom, not where the instant was written', () => {
    // 23:30 in New York on 7 November is 04:30 on 8 November in London.
    expect(newsroomDate('2021-11-07T23:30:00-05:00')).toEqual({ year: '2021', month: '11', day: '08' });
    // 01:30 in Baghdad on 8 November is still 7 November in London.
    expect(newsroomDate('2021-11-08T01:30:00+03:00')).toEqual({ year: '2021', month: '11', day: '07' });
  });

  it('formats for readers in the site locale', () => {
    expect(formatDate('2021-11-08T01:30:00+03:00')).toBe('7 November 2021');
  });
});
