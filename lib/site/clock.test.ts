import { describe, expect, it } from 'vitest';
import { now } from './clock';

describe('now', () => {
  it('is the real time by default', () => {
    const before = Date.now();
    const at = now({}).getTime();
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });
  it('can be pinned with MASTHEAD_NOW', () => expect(now({ MASTHEAD_NOW: '2021-11-08T12:00:00Z' }).toISOString()).toBe('2021-11-08T12:00:00.000Z'));
  it('rejects a pin that is not a date', () => expect(() => now({ MASTHEAD_NOW: 'tomorrow' })).toThrow(/MASTHEAD_NOW/));
});
