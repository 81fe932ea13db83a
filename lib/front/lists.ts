import { countArticles, listArticles, type ArticleSummary, type ListOptions } from '../content';
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

/** Params for pages 2 onwards of a list, for generateStaticParams. */
export function laterPages(total: number, size: number): { n: string }[] {
  const out: { n: string }[] = [];
  for (let n = 2; n <= Math.ceil(total / size); n++) out.push({ n: String(n) });
  return out;
}
