import { livePagePath } from '../../site/paths';
import type { ArticleSummary } from '../check/article';
import { modifiedAt } from '../published';

/**
 * How a live blog's updates are split into pages, and what its address
 * scheme is. Pure: the routes hand in the updates (any order) and a moment.
 *
 * Pages are counted from the OLDEST update in chunks of UPDATES_PER_PAGE
 * (chunk 1 = the 20 oldest), so a chunk, once full, never changes when updates
 * are added and its page can be cached for long. The live blog's own address
 * shows the newest chunk, and the one before it while the newest holds fewer
 * than UPDATES_PER_PAGE, so readers there always see 20 to 39 updates. Older
 * chunks live at `<blog>/page/<n>`.
 */

export const UPDATES_PER_PAGE = 20;

export interface TimedUpdate {
  id: string;
  /** ISO 8601 with offset. */
  at: string;
}

/** The live blog's own address, or an older chunk's page number. */
export type LivePage = 'latest' | number;

/** Oldest first; two updates at the same instant are ordered by id, so every server agrees. */
export function oldestFirst<T extends TimedUpdate>(updates: readonly T[]): T[] {
  return [...updates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Newest first: the order readers see. */
export function newestFirst<T extends TimedUpdate>(updates: readonly T[]): T[] {
  return oldestFirst(updates).reverse();
}

export function chunkCount(updateCount: number): number {
  return Math.ceil(updateCount / UPDATES_PER_PAGE);
}

/** The chunks the live blog's own address shows, newest first: [] for a blog without updates. */
export function latestChunks(updateCount: number): number[] {
  const newest = chunkCount(updateCount);
  if (newest === 0) return [];
  const partial = updateCount % UPDATES_PER_PAGE !== 0;
  return partial && newest > 1 ? [newest, newest - 1] : [newest];
}

/** Chunk numbers that have a page of their own (`/page/<n>`), newest first. */
export function olderPages(updateCount: number): number[] {
  const shown = latestChunks(updateCount);
  const lowest = shown[shown.length - 1] ?? 1;
  return Array.from({ length: lowest - 1 }, (_, i) => lowest - 1 - i);
}

/**
 * Where `/page/<n>` leads: its own page, the live blog's address when that
 * chunk is shown there (a temporary redirect: it gets a page of its own once
 * newer updates push it out), or nowhere.
 */
export function resolvePage(n: number, updateCount: number): LivePage | 'not-found' {
  if (!Number.isInteger(n) || n < 1 || n > chunkCount(updateCount)) return 'not-found';
  return latestChunks(updateCount).includes(n) ? 'latest' : n;
}

/**
 * Which updates, counted from the oldest, a page shows: the newest chunks at the live blog's
 * address, one chunk on an older page, none for a page that does not exist.
 */
export function pageSlice(page: LivePage, updateCount: number): { offset: number; limit: number } {
  const chunks = page === 'latest' ? latestChunks(updateCount) : resolvePage(page, updateCount) === page ? [page] : [];
  if (chunks.length === 0) return { offset: 0, limit: 0 };
  return { offset: (Math.min(...chunks) - 1) * UPDATES_PER_PAGE, limit: chunks.length * UPDATES_PER_PAGE };
}

/** The page that holds the update `index` places from the oldest, of `updateCount`. */
export function pageOfIndex(index: number, updateCount: number): LivePage {
  const chunk = Math.floor(index / UPDATES_PER_PAGE) + 1;
  return latestChunks(updateCount).includes(chunk) ? 'latest' : chunk;
}

export interface PageLinks {
  /** The live blog's own address, from an older page. */
  latest?: string;
  newer?: string;
  older?: string;
  oldest?: string;
}

/**
 * Navigation between pages. An older page's links depend only on its own
 * number (its newer neighbour is linked as `/page/<n+1>`, which redirects to
 * the live blog while that chunk is shown there), so the page never changes.
 */
export function pageLinks(blogPath: string, page: LivePage, updateCount: number): PageLinks {
  if (page === 'latest') {
    const [older] = olderPages(updateCount);
    return older === undefined ? {} : { older: livePagePath(blogPath, older), ...(older > 1 ? { oldest: livePagePath(blogPath, 1) } : {}) };
  }
  return {
    latest: blogPath,
    newer: livePagePath(blogPath, page + 1),
    ...(page > 1 ? { older: livePagePath(blogPath, page - 1) } : {}),
    ...(page > 2 ? { oldest: livePagePath(blogPath, 1) } : {}),
  };
}

export type LiveStatus = 'live' | 'ended';

/** Open until `closedAt` (or for good without one). */
export function liveStatus(blog: { closedAt?: string }, now: Date): LiveStatus {
  return blog.closedAt !== undefined && Date.parse(blog.closedAt) <= now.getTime() ? 'ended' : 'live';
}

/** The newest update's time as written, or undefined for none. */
export function latestUpdateAt(updates: readonly TimedUpdate[]): string | undefined {
  return newestFirst(updates)[0]?.at;
}

/**
 * When the live blog last changed for readers: its newest update, else the
 * start of coverage, or a later correction. schema.org dateModified.
 */
export function liveModifiedAt(blog: Pick<ArticleSummary, 'publishedAt' | 'updatedAt' | 'corrections'>, updates: readonly TimedUpdate[]): string {
  const latest = latestUpdateAt(updates);
  const own = modifiedAt(blog);
  return latest !== undefined && Date.parse(latest) > Date.parse(own) ? latest : own;
}

export const updateAnchor = (id: string): string => `update-${id}`;
