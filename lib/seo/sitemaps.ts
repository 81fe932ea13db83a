import { element, w3cDatetime, XML_DECLARATION } from './xml';

/**
 * Sitemaps as the sitemaps.org protocol and Google's image and news
 * extensions define them. Pure functions: the routes feed them gateway data.
 */

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** The protocol's limit for one file; an index lists at most as many sitemaps. */
export const MAX_URLS_PER_SITEMAP = 50_000;
/**
 * Articles in one file of the article sitemaps. Well under the protocol's limit: a server
 * renders a file again every 30 seconds when crawlers ask for it, and 50,000 articles at once
 * (an 11 MB document) took a server from 82 to 335 MB of memory and held its one thread for
 * 1.6 s; 10,000 at once is a fifth of that.
 */
export const ARTICLES_PER_SITEMAP = 10_000;
/** Google News reads at most this many entries from one news sitemap. */
export const MAX_NEWS_URLS = 1_000;
export const NEWS_WINDOW_HOURS = 48;

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** Absolute image URLs shown on the page (image:image). */
  images?: readonly string[];
}

export interface SitemapRef {
  loc: string;
  lastmod?: string;
}

function urlEntry(url: SitemapUrl): string {
  return element('url', [
    element('loc', url.loc),
    url.lastmod ? element('lastmod', w3cDatetime(url.lastmod)) : undefined,
    ...(url.images ?? []).map((src) => element('image:image', [element('image:loc', src)])),
  ]);
}

/** A `<urlset>`; throws when given more URLs than one sitemap may hold. */
export function buildUrlset(urls: readonly SitemapUrl[]): string {
  if (urls.length > MAX_URLS_PER_SITEMAP) {
    throw new Error(`a sitemap holds at most ${MAX_URLS_PER_SITEMAP} URLs, got ${urls.length}: split it`);
  }
  const images = urls.some((u) => u.images?.length);
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}"${images ? ` xmlns:image="${IMAGE_NS}"` : ''}>`,
    ...urls.map(urlEntry),
    '</urlset>',
    '',
  ].join('\n');
}

export function buildSitemapIndex(sitemaps: readonly SitemapRef[]): string {
  if (sitemaps.length > MAX_URLS_PER_SITEMAP) {
    throw new Error(`a sitemap index lists at most ${MAX_URLS_PER_SITEMAP} sitemaps, got ${sitemaps.length}`);
  }
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...sitemaps.map((s) =>
      element('sitemap', [element('loc', s.loc), s.lastmod ? element('lastmod', w3cDatetime(s.lastmod)) : undefined]),
    ),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** Splits a list into pages of at most `size`; an empty list gives no pages. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`chunk size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface NewsCandidate {
  loc: string;
  headline: string;
  publishedAt: string;
  /** A live blog's newest update: it stays news while that is inside the window. */
  freshAt?: string;
}

/**
 * The stories Google News may take: first published within the window before
 * `now` (not after it: a story dated in the future is not out yet), or, for a
 * live blog, updated within it; newest first, at most `limit`.
 */
export function selectNews<T extends NewsCandidate>(
  articles: readonly T[],
  now: Date,
  { windowHours = NEWS_WINDOW_HOURS, limit = MAX_NEWS_URLS }: { windowHours?: number; limit?: number } = {},
): T[] {
  const end = now.getTime();
  const start = end - windowHours * 3_600_000;
  return articles
    .filter((a) => {
      const at = Date.parse(a.freshAt ?? a.publishedAt);
      return at > start && at <= end;
    })
    .sort((x, y) => Date.parse(y.freshAt ?? y.publishedAt) - Date.parse(x.freshAt ?? x.publishedAt))
    .slice(0, limit);
}

export interface NewsPublication {
  name: string;
  /** ISO 639 code, e.g. "en". */
  language: string;
}

/** A Google News sitemap. With no stories it is an empty, still well-formed `<urlset>`. */
export function buildNewsSitemap(entries: readonly NewsCandidate[], publication: NewsPublication): string {
  if (entries.length > MAX_NEWS_URLS) {
    throw new Error(`a news sitemap holds at most ${MAX_NEWS_URLS} URLs, got ${entries.length}`);
  }
  const publicationXml = element('news:publication', [element('news:name', publication.name), element('news:language', publication.language)]);
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`,
    ...entries.map((e) =>
      element('url', [
        element('loc', e.loc),
        element('news:news', [
          publicationXml,
          element('news:publication_date', w3cDatetime(e.publishedAt)),
          element('news:title', e.headline),
        ]),
      ]),
    ),
    '</urlset>',
    '',
  ].join('\n');
}

