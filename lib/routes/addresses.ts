import { countArticles, isTakenDown, getArticleByFormerPath, getArticleSummary, getArticleSummaryByPath, getAuthor, getLiveBlogByPath, getLiveUpdateLocation, getSection, getTag, type ListOptions } from '../content';
import { resolvePage } from '../content/live/pages';
import { pageCount, requestedPage } from '../site/pagination';
import { articlePath, cardId, parseArticlePath, parsePageNumber } from '../site/paths';
import { sitemapFiles } from '../seo/sitemap-plan';
import { gatewaySitemapSource } from './sitemaps';

/**
 * Whether an address names anything, asked before Next sees the request (lib/http/server-guard.ts).
 *
 * Next keeps what a route that renders on demand answers, 404s included, under the address it
 * was asked for: on disk for route handlers, in memory for pages, and in a table of lifetimes
 * that only grows (docs/decisions/0011). An address that names nothing must therefore never
 * reach those routes. This holds, for each of them, the question its controller asks first,
 * in the order Next matches them; the controllers go on answering as before, and what is
 * published without a build is found here as soon as the store has it.
 */

type Params = Record<string, string>;

/** A route of pages/ or app/ that renders on demand, named as its folders name it. */
interface OnDemandRoute {
  /** e.g. "/tags/[tag]/page/[n]" */
  pattern: string;
  /** A reader page (whose miss is the site's 404 page) or data (a feed, card or sitemap: a plain 404). */
  kind: 'page' | 'data';
  /** Whether the params name something published. */
  names: (params: Params) => boolean;
}

const FEED_FILES = ['feed.xml', 'atom.xml', 'feed.json'];

/** A list's own address (no `n`) and its later pages: as lib/pages/lists.ts answers them, page 1 included (a 308). */
function listHas(filter: ListOptions | undefined, n: string | undefined): boolean {
  if (!filter) return false;
  const page = requestedPage(n);
  return page !== undefined && page <= pageCount(countArticles(filter));
}

const section = (id = '') => (getSection(id) ? { section: id } : undefined);
const tag = (slug = '') => (getTag(slug) ? { tag: slug } : undefined);
const author = (id = '') => (getAuthor(id) ? { author: id } : undefined);

const storyAt = (params: Params) => articlePath({ section: params.section ?? '', year: params.year ?? '', month: params.month ?? '', day: params.day ?? '', slug: params.slug ?? '' });

function liveBlogAt(params: Params) {
  const blog = getLiveBlogByPath(storyAt(params));
  return blog?.state === 'published' ? blog : undefined;
}

/** A child sitemap's name: articles-1.xml, sections.xml, tags.xml, tags-2.xml, authors.xml, … */
const SITEMAP_FILE = /^(?:articles-[1-9]\d{0,8}|sections|(?:tags|authors)(?:-[1-9]\d{0,8})?)\.xml$/;

const ARTICLE = '/[section]/[year]/[month]/[day]/[slug]';

/** Every route of pages/ and app/ with a dynamic segment (lib/routes/addresses.test.ts checks the folders). */
export const onDemandRoutes: readonly OnDemandRoute[] = [
  { pattern: '/[section]', kind: 'page', names: (p) => listHas(section(p.section), undefined) },
  { pattern: '/[section]/page/[n]', kind: 'page', names: (p) => listHas(section(p.section), p.n) },
  { pattern: '/tags/[tag]', kind: 'page', names: (p) => listHas(tag(p.tag), undefined) },
  { pattern: '/tags/[tag]/page/[n]', kind: 'page', names: (p) => listHas(tag(p.tag), p.n) },
  { pattern: '/authors/[id]', kind: 'page', names: (p) => listHas(author(p.id), undefined) },
  { pattern: '/authors/[id]/page/[n]', kind: 'page', names: (p) => listHas(author(p.id), p.n) },
  ...FEED_FILES.map((file): OnDemandRoute => ({ pattern: `/[section]/${file}`, kind: 'data', names: (p) => Boolean(section(p.section)) })),
  { pattern: ARTICLE, kind: 'page', names: (p) => Boolean(getArticleSummaryByPath(storyAt(p)) ?? getArticleByFormerPath(storyAt(p))) },
  ...FEED_FILES.map((file): OnDemandRoute => ({ pattern: `${ARTICLE}/${file}`, kind: 'data', names: (p) => Boolean(liveBlogAt(p)) })),
  {
    pattern: `${ARTICLE}/page/[n]`,
    kind: 'page',
    names: (p) => {
      const blog = liveBlogAt(p);
      const n = parsePageNumber(p.n ?? '');
      return Boolean(blog && n !== undefined && resolvePage(n, blog.updateCount) !== 'not-found');
    },
  },
  { pattern: `${ARTICLE}/key-events`, kind: 'page', names: (p) => Boolean(liveBlogAt(p)) },
  {
    pattern: `${ARTICLE}/updates/[id]`,
    kind: 'page',
    names: (p) => {
      const blog = liveBlogAt(p);
      return Boolean(blog && getLiveUpdateLocation(blog, p.id ?? '') !== undefined);
    },
  },
  { pattern: '/og/articles/[file]', kind: 'data', names: (p) => Boolean(getArticleSummary(cardId(p.file ?? '') ?? '')) },
  { pattern: '/og/sections/[file]', kind: 'data', names: (p) => Boolean(section(cardId(p.file ?? ''))) },
  {
    pattern: '/sitemaps/[file]',
    kind: 'data',
    names: (p) => SITEMAP_FILE.test(p.file ?? '') && sitemapFiles(gatewaySitemapSource()).some((s) => s.file === p.file),
  },
];

/**
 * Routes without a dynamic segment, matched by Next before any of those above: an address that
 * is one of these is left to Next.
 */
export const fixedRoutes: readonly string[] = [
  '/',
  '/404',
  '/410',
  '/500',
  '/api/dev/content-changes',
  '/api/revalidate',
  '/atom.xml',
  '/authors',
  '/feed.json',
  '/feed.xml',
  '/icon.svg',
  '/news-sitemap.xml',
  '/og/logo.png',
  '/og/site.png',
  '/robots.txt',
  '/search',
  '/sitemap.xml',
  '/tags',
];

const segmentsOf = (pattern: string) => pattern.split('/').slice(1);
const isParam = (segment: string) => segment.startsWith('[');

/** The routes as Next orders them: at the first segment where two differ, a fixed one before a param. */
const matching = onDemandRoutes
  .map((route) => ({ route, segments: segmentsOf(route.pattern) }))
  .sort((a, b) => {
    for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
      const order = Number(isParam(a.segments[i] ?? '')) - Number(isParam(b.segments[i] ?? ''));
      if (order !== 0) return order;
    }
    return 0;
  });

/** The files Next serves before any route (public/, its own build output), left to it. */
const FILES = /^\/(?:_next|images)\//;

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * What the address `path` (as sent, %-escapes and all, without its query) is, when it is one a
 * route above answers on demand and it names nothing published: 'page' for a reader page's
 * address, 'data' for a feed's, a card's or a sitemap's. Undefined for everything else, which
 * Next answers as before: what names something, fixed routes, files, and addresses no route
 * matches (Next's 404 for those is one page, kept once). 'gone' for the address of a story
 * taken down: the site's 410 page.
 */
export function namesNothing(path: string): 'page' | 'data' | 'gone' | undefined {
  if (FILES.test(path) || fixedRoutes.includes(path) || path.endsWith('/')) return undefined;
  if (parseArticlePath(path) && isTakenDown(path)) return 'gone';
  const segments = segmentsOf(path).map(decode);
  for (const { route, segments: pattern } of matching) {
    if (pattern.length !== segments.length) continue;
    const params: Params = {};
    const fits = pattern.every((part, i) => {
      const value = segments[i];
      if (value === undefined) return false;
      if (!isParam(part)) return part === value;
      params[part.slice(1, -1)] = value;
      return true;
    });
    if (fits) return route.names(params) ? undefined : route.kind;
  }
  return undefined;
}
