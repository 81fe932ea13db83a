import { describe, expect, it } from 'vitest';
import { site } from './config';
import { formatDate, formatDateTime, formatUpdateDay, formatUpdateTime, isIsoWithOffset, newsroomDate } from './dates';

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

  it('takes another edition’s zone when asked: the Arabic newsroom dates the same instant in Baghdad', () => {
    expect(newsroomDate('2021-11-08T01:30:00+03:00', 'Asia/Baghdad')).toEqual({ year: '2021', month: '11', day: '08' });
    // And London's answer is not kept for Baghdad's question.
    expect(newsroomDate('2021-11-08T01:30:00+03:00')).toEqual({ year: '2021', month: '11', day: '07' });
  });

  it('formats for readers in the site locale', () => {
    expect(formatDate('2021-11-08T01:30:00+03:00')).toBe('7 November 2021');
  });
});

// London is on UTC in winter (GMT) and an hour ahead in summer (BST, from the last Sunday of March
// to the last Sunday of October, at 01:00 UTC). An instant shortly after midnight in London in
// summer is still the day before in UTC: dates taken in UTC, or where the time was written, are
// a day out there.
describe('the newsroom’s day, in summer and winter, around midnight', () => {
  it.each([
    ['summer, just after midnight in London, still the evening before in UTC', '2021-07-26T23:30:00Z', '2021-07-27'],
    ['summer, written in Baghdad, the same instant', '2021-07-27T02:30:00+03:00', '2021-07-27'],
    ['summer, the last minute of the day in London', '2021-07-26T22:59:59Z', '2021-07-26'],
    ['winter, the last second of the year', '2021-12-31T23:59:59Z', '2021-12-31'],
    ['winter, midnight', '2022-01-01T00:00:00Z', '2022-01-01'],
    ['winter, written in Baghdad after midnight, before it in London', '2021-11-08T02:30:00+03:00', '2021-11-07'],
    ['the night the clocks go forward, still GMT', '2021-03-27T23:30:00Z', '2021-03-27'],
    ['the day after the clocks went forward, BST', '2021-03-28T23:30:00Z', '2021-03-29'],
    ['the night the clocks go back, still BST', '2021-10-30T23:30:00Z', '2021-10-31'],
    ['the day after the clocks went back, GMT', '2021-10-31T23:30:00Z', '2021-10-31'],
  ])('%s: %s is %s', (_, instant, day) => {
    const [year, month, date] = day.split('-');
    expect(newsroomDate(instant)).toEqual({ year, month, day: date });
  });

  it('prints the date readers see in the newsroom’s day', () => {
    expect(formatDate('2021-07-26T23:30:00Z')).toBe('27 July 2021');
    expect(formatDate('2021-07-26T22:59:59Z')).toBe('26 July 2021');
    expect(formatDate('2021-11-08T02:30:00+03:00')).toBe('7 November 2021');
  });

  it('prints a time with the zone London keeps then: BST in summer, GMT in winter', () => {
    expect(formatDateTime('2021-07-27T02:30:00+03:00')).toBe('27 July 2021 at 00:30 BST');
    expect(formatDateTime('2021-11-08T02:30:00+03:00')).toBe('7 November 2021 at 23:30 GMT');
    expect(formatDateTime('2021-10-31T00:30:00Z')).toBe('31 October 2021 at 01:30 BST');
    expect(formatDateTime('2021-10-31T01:30:00Z')).toBe('31 October 2021 at 01:30 GMT');
  });

  it('prints a live update’s time and day in the newsroom’s zone', () => {
    expect(formatUpdateTime('2021-07-26T23:05:00Z')).toBe('00:05 BST');
    expect(formatUpdateDay('2021-07-26T23:05:00Z')).toBe('Tue 27 Jul');
    expect(formatUpdateTime('2021-11-07T23:05:00Z')).toBe('23:05 GMT');
    expect(formatUpdateDay('2021-11-07T23:05:00Z')).toBe('Sun 7 Nov');
  });
});
