import { countArticles, listArticles, type ArticleSummary, type ListOptions } from '../content';
import { prerenderLimit } from '../prerender';
import { pageHref, pageWindow, type PageWindow } from './pagination';

export interface ListPage {
  articles: ArticleSummary[];
  window: PageWindow;
}

/**
 * Page `page` of a list of stories whose first page lives at `base`;
 * undefined when the list has no such page (the route answers 404).
 */
export function listPage(filter: Omit<ListOptions, 'offset' | 'limit'>, base: string, page: number): ListPage | undefined {
  const window = pageWindow(countArticles(filter), page, (n) => pageHref(base, n));
  if (!window) return undefined;
  return { window, articles: listArticles({ ...filter, offset: window.offset, limit: window.limit }) };
}

/**
 * Params for the pages after the first that a build prerenders (generateStaticParams):
 * up to page MASTHEAD_PRERENDER_LIST_PAGES (lib/prerender.ts). Readers rarely page far
 * back; deeper pages render on their first request.
 */
export function laterPages(total: number, size: number): { n: string }[] {
  return laterPagesUpTo(total, size, prerenderLimit('MASTHEAD_PRERENDER_LIST_PAGES'));
}

/** Pages 2 to `last` of a list of `total` stories (every later page when `last` is undefined). */
export function laterPagesUpTo(total: number, size: number, last: number | undefined): { n: string }[] {
  const out: { n: string }[] = [];
  const end = Math.min(Math.ceil(total / size), last ?? Infinity);
  for (let n = 2; n <= end; n++) out.push({ n: String(n) });
  return out;
}
