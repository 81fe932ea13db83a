import { describe, expect, it } from 'vitest';
import { duplicateUpdateIds, pinnedProblems, updatesOutsideWindow } from './checks';
import {
  chunkCount,
  latestChunks,
  latestUpdateAt,
  liveModifiedAt,
  liveStatus,
  newestFirst,
  oldestFirst,
  olderPages,
  pageLinks,
  pageOfIndex,
  pageSlice,
  resolvePage,
  type LivePage,
  type TimedUpdate,
} from './pages';

/** n updates one minute apart from 00:00 UTC, ids u1 (oldest) … un; given shuffled to show order does not matter. */
function updates(n: number) {
  const list = Array.from({ length: n }, (_, i) => ({ id: `u${i + 1}`, at: new Date(Date.UTC(2021, 10, 7, 0, i)).toISOString() }));
  return [...list.filter((_, i) => i % 2 === 1), ...list.filter((_, i) => i % 2 === 0)];
}
const ids = (list: { id: string }[]) => list.map((u) => u.id);
/** The updates a page shows, newest first, as the gateway reads them from the store by pageSlice. */
function updatesOnPage<T extends TimedUpdate>(list: T[], page: LivePage): T[] {
  const { offset, limit } = pageSlice(page, list.length);
  return oldestFirst(list).slice(offset, offset + limit).reverse();
}
/** The page that holds an update, found as the gateway finds it: by how many come before it. */
const pageOfUpdate = (list: TimedUpdate[], id: string) => {
  const index = oldestFirst(list).findIndex((u) => u.id === id);
  return index < 0 ? undefined : pageOfIndex(index, list.length);
};
const BLOG = '/middle-east/2021/11/07/night-in-baghdad';

describe('chunks counted from the oldest update', () => {
  it('shows the newest chunk at the live blog’s address, with the one before it while the newest is short', () => {
    expect([0, 1, 19, 20, 21, 39, 40, 41, 60, 61].map((n) => [n, chunkCount(n), latestChunks(n), olderPages(n)])).toEqual([
      [0, 0, [], []],
      [1, 1, [1], []],
      [19, 1, [1], []],
      [20, 1, [1], []],
      [21, 2, [2, 1], []],
      [39, 2, [2, 1], []],
      [40, 2, [2], [1]],
      [41, 3, [3, 2], [1]],
      [60, 3, [3], [2, 1]],
      [61, 4, [4, 3], [2, 1]],
    ]);
  });

  it('lists 20 to 39 updates newest first at the live blog’s address', () => {
    expect(ids(updatesOnPage(updates(3), 'latest'))).toEqual(['u3', 'u2', 'u1']);
    const at45 = ids(updatesOnPage(updates(45), 'latest'));
    expect(at45).toHaveLength(25);
    expect(at45.slice(0, 2)).toEqual(['u45', 'u44']);
    expect(at45.at(-1)).toBe('u21');
    expect(ids(updatesOnPage(updates(60), 'latest'))).toEqual(Array.from({ length: 20 }, (_, i) => `u${60 - i}`));
  });

  it('keeps an older page the same when updates are added', () => {
    const page1At45 = ids(updatesOnPage(updates(45), 1));
    expect(page1At45).toEqual(Array.from({ length: 20 }, (_, i) => `u${20 - i}`));
    expect(ids(updatesOnPage(updates(61), 1))).toEqual(page1At45);
    expect(ids(updatesOnPage(updates(61), 2))).toEqual(Array.from({ length: 20 }, (_, i) => `u${40 - i}`));
    // A chunk still shown at the live blog's address has no page of its own.
    expect(updatesOnPage(updates(45), 2)).toEqual([]);
    expect(updatesOnPage(updates(45), 9)).toEqual([]);
    expect(pageSlice(1, 45)).toEqual({ offset: 0, limit: 20 });
    expect(pageSlice('latest', 45)).toEqual({ offset: 20, limit: 40 });
    expect(pageSlice('latest', 0)).toEqual({ offset: 0, limit: 0 });
  });

  it('answers /page/n with its page, the live blog, or not found', () => {
    expect([0, 1, 2, 3, 4, 1.5, -1].map((n) => resolvePage(n, 61))).toEqual(['not-found', 1, 2, 'latest', 'latest', 'not-found', 'not-found']);
    expect(resolvePage(1, 0)).toBe('not-found');
    expect(resolvePage(1, 19)).toBe('latest');
  });

  it('orders updates at the same instant by id, so every server pages them alike', () => {
    const tie = [
      { id: 'b', at: '2021-11-07T03:00:00+03:00' },
      { id: 'a', at: '2021-11-07T00:00:00Z' },
      { id: 'c', at: '2021-11-07T02:59:00+03:00' },
    ];
    expect(ids(newestFirst(tie))).toEqual(['b', 'a', 'c']);
  });
});

describe('permalinks', () => {
  it('lead to whichever page holds the update now', () => {
    expect(pageOfUpdate(updates(61), 'u1')).toBe(1);
    expect(pageOfUpdate(updates(61), 'u40')).toBe(2);
    expect(pageOfUpdate(updates(61), 'u41')).toBe('latest');
    expect(pageOfUpdate(updates(45), 'u21')).toBe('latest');
    expect(pageOfUpdate(updates(45), 'nope')).toBeUndefined();
    expect(pageOfUpdate(updates(61), 'u25')).toBe(2);
  });

  it('link pages to their neighbours by number alone', () => {
    expect(pageLinks(BLOG, 'latest', 39)).toEqual({});
    expect(pageLinks(BLOG, 'latest', 41)).toEqual({ older: `${BLOG}/page/1` });
    expect(pageLinks(BLOG, 'latest', 81)).toEqual({ older: `${BLOG}/page/3`, oldest: `${BLOG}/page/1` });
    expect(pageLinks(BLOG, 1, 81)).toEqual({ latest: BLOG, newer: `${BLOG}/page/2` });
    expect(pageLinks(BLOG, 3, 81)).toEqual({ latest: BLOG, newer: `${BLOG}/page/4`, older: `${BLOG}/page/2`, oldest: `${BLOG}/page/1` });
    expect(pageLinks(BLOG, 3, 200)).toEqual(pageLinks(BLOG, 3, 81));
  });
});

describe('status and times', () => {
  const now = new Date('2021-11-07T18:00:00Z');
  it('is live without closedAt or before it, and ended from closedAt on', () => {
    expect(liveStatus({}, now)).toBe('live');
    expect(liveStatus({ closedAt: '2021-11-07T21:00:00+03:00' }, now)).toBe('ended');
    expect(liveStatus({ closedAt: '2021-11-07T21:00:01+00:00' }, now)).toBe('live');
    expect(liveStatus({ closedAt: '2021-11-07T18:00:00Z' }, now)).toBe('ended');
  });

  it('dates the live blog by its newest update', () => {
    const list = [
      { id: 'a', at: '2021-11-07T05:00:00+03:00' },
      { id: 'b', at: '2021-11-07T03:00:00Z' },
    ];
    expect(latestUpdateAt(list)).toBe('2021-11-07T03:00:00Z');
    expect(latestUpdateAt([])).toBeUndefined();
    const blog = { publishedAt: '2021-11-07T03:20:00+03:00', corrections: [] };
    expect(liveModifiedAt(blog, list)).toBe('2021-11-07T03:00:00Z');
    expect(liveModifiedAt(blog, [])).toBe('2021-11-07T03:20:00+03:00');
    const corrected = { ...blog, corrections: [{ date: '2021-11-08T10:00:00+03:00', text: 'x' }] };
    expect(liveModifiedAt(corrected, list)).toBe('2021-11-08T10:00:00+03:00');
  });
});

describe('checks across updates', () => {
  const file = (id: string) => `content/live/x/updates/${id}.mdx`;
  it('finds updates before the coverage starts or after it closed', () => {
    const list = [
      { id: 'early', at: '2021-11-07T03:19:59+03:00', file: file('early') },
      { id: 'start', at: '2021-11-07T00:20:00Z', file: file('start') },
      { id: 'end', at: '2021-11-07T21:00:00+03:00', file: file('end') },
      { id: 'late', at: '2021-11-07T18:01:00Z', file: file('late') },
    ];
    const window = { start: '2021-11-07T03:20:00+03:00', end: '2021-11-07T21:00:00+03:00' };
    expect(updatesOutsideWindow(list, window)).toEqual([
      { file: file('early'), field: 'at', message: 'is before the coverage starts (publishedAt 2021-11-07T03:20:00+03:00)' },
      { file: file('late'), field: 'at', message: 'is after the coverage closed (closedAt 2021-11-07T21:00:00+03:00)' },
    ]);
    expect(updatesOutsideWindow(list, { start: window.start })).toEqual([
      { file: file('early'), field: 'at', message: 'is before the coverage starts (publishedAt 2021-11-07T03:20:00+03:00)' },
    ]);
  });

  it('names every repeated id with the file that has it first', () => {
    const list = [
      { id: 'kadhimi-speaks', file: file('a') },
      { id: 'other', file: file('b') },
      { id: 'kadhimi-speaks', file: file('c') },
      { id: 'kadhimi-speaks', file: file('d') },
    ];
    expect(duplicateUpdateIds(list)).toEqual([
      { file: file('c'), field: 'id', message: `"kadhimi-speaks" is already the id of ${file('a')}` },
      { file: file('d'), field: 'id', message: `"kadhimi-speaks" is already the id of ${file('a')}` },
    ]);
    expect(duplicateUpdateIds(list.slice(0, 2))).toEqual([]);
  });

  it('refuses a pinned id that names no update', () => {
    const known = new Set(['a', 'b']);
    expect(pinnedProblems('content/live/x/index.mdx', 'c', known)).toEqual([
      { file: 'content/live/x/index.mdx', field: 'pinned', message: 'no update of this live blog has the id "c"' },
    ]);
    expect(pinnedProblems('content/live/x/index.mdx', 'a', known)).toEqual([]);
    expect(pinnedProblems('content/live/x/index.mdx', undefined, known)).toEqual([]);
  });
});
