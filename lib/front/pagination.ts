/** Stories per page on section, tag and author fronts and in search results. */
export const PAGE_SIZE = 20;

export interface PageWindow {
  /** 1-based. */
  page: number;
  pageCount: number;
  offset: number;
  limit: number;
  /** Href of the previous page, or undefined on the first. */
  previous?: string;
  /** Href of the next page, or undefined on the last. */
  next?: string;
}

/**
 * Page 1 of a list lives at the list's own URL (its canonical address);
 * page n ≥ 2 lives at `{base}/page/{n}`.
 */
export function pageHref(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === '/' ? '' : base}/page/${page}`;
}

/** An empty list still has one page, which shows its empty state. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * Reads a `/page/{n}` segment. Only a plain positive integer without leading
 * zeros is a page number, so every page has exactly one URL.
 */
export function parsePageSegment(segment: string): number | undefined {
  if (!/^[1-9]\d{0,5}$/.test(segment)) return undefined;
  return Number(segment);
}

/** The slice and neighbours of page `page`, or undefined when there is no such page. */
export function pageWindow(total: number, page: number, href: (page: number) => string, size = PAGE_SIZE): PageWindow | undefined {
  const count = pageCount(total, size);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  return {
    page,
    pageCount: count,
    offset: (page - 1) * size,
    limit: size,
    previous: page > 1 ? href(page - 1) : undefined,
    next: page < count ? href(page + 1) : undefined,
  };
}
