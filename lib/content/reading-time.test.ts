import { expect, it } from 'vitest';
import { readingMinutes } from './reading-time';

it('rounds to whole minutes and never says zero', () => {
  expect(readingMinutes(0)).toBe(1);
  expect(readingMinutes(100)).toBe(1);
  expect(readingMinutes(700)).toBe(3);
  expect(readingMinutes(1150)).toBe(5);
});
