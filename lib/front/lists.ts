import { countArticles, getArticleSummary, getFrontConfig, getSections, listArticles, type ArticleSummary, type ListOptions } from '../content';
import { prerenderLimit } from '../prerender';
import { composeFront, LATEST_COUNT, SECTION_BLOCK_COUNT, type FrontPage } from './frontPage';
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

/**
 * The front page from the few stories it can show: the editors' lead and pinned
 * stories, the newest (enough for "Latest" whatever is pinned) and the newest of
 * each section. composeFront picks from them exactly as it would from the whole archive.
 */
export function frontPage(): FrontPage {
  const config = getFrontConfig();
  const sections = getSections();
  const byId = new Map<string, ArticleSummary>();
  const add = (a: ArticleSummary | undefined) => {
    if (a) byId.set(a.id, a);
  };
  for (const id of [config.lead, ...config.pinned]) if (id) add(getArticleSummary(id));
  for (const a of listArticles({ limit: 1 + config.pinned.length + LATEST_COUNT })) add(a);
  for (const section of sections) for (const a of listArticles({ section: section.id, limit: SECTION_BLOCK_COUNT + 1 })) add(a);
  const newestFirst = [...byId.values()].sort((x, y) => Date.parse(y.publishedAt) - Date.parse(x.publishedAt) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return composeFront(newestFirst, sections, config);
}
