import { describe, expect, it } from 'vitest';
import { listPagePath } from './paths';
import { pageCount, pageWindow } from './pagination';

describe('pageWindow', () => {
  const href = (n: number) => listPagePath('/world', n);

  it('gives an empty list one page with no neighbours', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageWindow(0, 1, href)).toEqual({ page: 1, pageCount: 1, offset: 0, limit: 20, previous: undefined, next: undefined });
    expect(pageWindow(0, 2, href)).toBeUndefined();
  });

  it('links the first, middle and last pages to their neighbours', () => {
    expect(pageCount(41)).toBe(3);
    expect(pageWindow(41, 1, href)).toMatchObject({ offset: 0, previous: undefined, next: '/world/page/2' });
    expect(pageWindow(41, 2, href)).toMatchObject({ offset: 20, previous: '/world', next: '/world/page/3' });
    expect(pageWindow(41, 3, href)).toMatchObject({ offset: 40, previous: '/world/page/2', next: undefined });
  });

  it('has no page past the end, at exact multiples too', () => {
    expect(pageCount(40)).toBe(2);
    expect(pageWindow(40, 2, href)?.next).toBeUndefined();
    expect(pageWindow(40, 3, href)).toBeUndefined();
    expect(pageWindow(40, 0, href)).toBeUndefined();
  });
});
