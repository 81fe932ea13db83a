import { describe, expect, it, vi } from 'vitest';
import { laterPages, laterPagesUpTo } from './prerender';

const numbers = (pages: { n: string }[]) => pages.map((p) => Number(p.n));

describe('the list pages a build prerenders', () => {
  it('are pages 2 onwards, up to the last page of the list', () => {
    expect(numbers(laterPagesUpTo(61, 20, 10))).toEqual([2, 3, 4]);
    expect(numbers(laterPagesUpTo(20, 20, 10))).toEqual([]);
    expect(numbers(laterPagesUpTo(0, 20, 10))).toEqual([]);
  });

  it('stop at the limit, so a long archive does not lengthen the build', () => {
    expect(numbers(laterPagesUpTo(10_000, 20, 3))).toEqual([2, 3]);
    expect(numbers(laterPagesUpTo(10_000, 20, 1))).toEqual([]);
    expect(laterPagesUpTo(10_000, 20, undefined)).toHaveLength(499);
  });

  it('take the limit from MASTHEAD_PRERENDER_LIST_PAGES, five by default', () => {
    expect(numbers(laterPages(1000, 20))).toEqual([2, 3, 4, 5]);
    vi.stubEnv('MASTHEAD_PRERENDER_LIST_PAGES', 'all');
    expect(laterPages(1000, 20)).toHaveLength(49);
    vi.stubEnv('MASTHEAD_PRERENDER_LIST_PAGES', 'some');
    expect(() => laterPages(1000, 20)).toThrow('MASTHEAD_PRERENDER_LIST_PAGES must be a whole number or "all", got "some"');
  });
});
