import { describe, expect, it } from 'vitest';
import { analyticsEnabled } from './analytics';

describe('analyticsEnabled', () => {
  it('is off on a self-hosted server by default', () => expect(analyticsEnabled({})).toBe(false));
  it('is on when deployed on Vercel', () => expect(analyticsEnabled({ VERCEL: '1' })).toBe(true));
  it('can be forced on behind a proxy that serves the collector', () => expect(analyticsEnabled({ MASTHEAD_ANALYTICS: 'on' })).toBe(true));
  it('can be turned off on Vercel', () => expect(analyticsEnabled({ VERCEL: '1', MASTHEAD_ANALYTICS: 'off' })).toBe(false));
});
