import { parsePageNumber } from './paths';

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

/** An empty list still has one page, which shows its empty state. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The page an address asks for: page 1 when it names none, undefined (the site's 404) when
 * what it names is not a plain page number. List fronts and search read their pages so.
 */
export function requestedPage(text: string | undefined): number | undefined {
  return text === undefined ? 1 : parsePageNumber(text);
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
