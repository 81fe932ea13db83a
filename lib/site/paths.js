// @ts-check
/**
 * The site's addresses, built and read in one place: every page, list page, feed, share card
 * and sitemap path comes from here, and so do the route patterns next.config.js gives its
 * cache rules, so an address and the rule that caches it cannot drift apart. Absolute URLs are
 * these paths on the site's base URL (lib/seo/urls.ts).
 *
 * Plain JavaScript because next.config.js loads it (through lib/http/cache-headers.js) before
 * anything is compiled; its types come from the JSDoc below.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultEdition, editions } = require('./editions');

/** An id as editors write it (lib/content/check/schema.ts): lowercase words joined by single hyphens. */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** A page number as an address carries it: a plain positive integer, so each page has one address. */
const PAGE_NUMBER = '[1-9]\\d{0,5}';

/**
 * The segments of an article's address, /{section}/{yyyy}/{mm}/{dd}/{slug}, dated in the
 * newsroom's time zone; also the names of the article route's params.
 *
 * @typedef {{ section: string, year: string, month: string, day: string, slug: string }} ArticleParams
 */

/** @type {[keyof ArticleParams, string][]} */
const ARTICLE_SEGMENTS = [
  ['section', SLUG],
  ['year', '\\d{4}'],
  ['month', '\\d{2}'],
  ['day', '\\d{2}'],
  ['slug', SLUG],
];
const ARTICLE_PATH = new RegExp(`^${ARTICLE_SEGMENTS.map(([, pattern]) => `/(${pattern})`).join('')}$`);
const PAGE_NUMBER_TEXT = new RegExp(`^${PAGE_NUMBER}$`);

/**
 * @param {ArticleParams} params
 * @returns {string}
 */
function articlePath({ section, year, month, day, slug }) {
  return `/${section}/${year}/${month}/${day}/${slug}`;
}

/**
 * The segments of an article address; undefined for any other path.
 *
 * @param {string} path
 * @returns {ArticleParams | undefined}
 */
function parseArticlePath(path) {
  const match = ARTICLE_PATH.exec(path);
  if (!match) return undefined;
  const [, section = '', year = '', month = '', day = '', slug = ''] = match;
  return { section, year, month, day, slug };
}

const homePath = '/';
/** Every topic, and every desk. */
const topicsPath = '/tags';
const desksPath = '/authors';
/** Where a publisher asks a server to regenerate pages; only with the secret (lib/http/revalidation-secret.ts). */
const revalidationPath = '/api/revalidate';

/** @param {string} id */
const sectionPath = (id) => `/${id}`;
/** @param {string} slug */
const tagPath = (slug) => `${topicsPath}/${slug}`;
/** @param {string} id */
const authorPath = (id) => `${desksPath}/${id}`;

/**
 * Page `page` of a list whose first page is at `base`: page 1 lives at the list's own address,
 * page n ≥ 2 at `{base}/page/{n}`.
 *
 * @param {string} base
 * @param {number} page
 * @returns {string}
 */
function listPagePath(base, page) {
  if (page <= 1) return base;
  return `${base === homePath ? '' : base}/page/${page}`;
}

/**
 * A page number as an address writes it, in a `/page/{n}` segment or a `page=` query
 * parameter; undefined for anything else (0, 02, 1.5, two), so every page has one address.
 *
 * @param {string} text
 * @returns {number | undefined}
 */
function parsePageNumber(text) {
  return PAGE_NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

/** The search page: its form posts here, and its results live here with a query. */
const searchPagePath = '/search';

/**
 * The address of a search: `/search?q=…`, and `&page=n` from the second page on; with
 * `verbatim`, `&verbatim=1`: the query as typed, even where it finds nothing and a corrected
 * spelling would.
 *
 * @param {string} query
 * @param {number} [page]
 * @param {{ verbatim?: boolean }} [options]
 * @returns {string}
 */
function searchPath(query, page = 1, { verbatim = false } = {}) {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  if (verbatim) params.set(SEARCH_VERBATIM, '1');
  return `${searchPagePath}?${params.toString()}`;
}

/** The query parameter that keeps a search as typed (searchPath). */
const SEARCH_VERBATIM = 'verbatim';

/** @typedef {'rss' | 'atom' | 'json'} FeedFormat */

/** @type {Record<FeedFormat, string>} */
const FEED_FILES = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };

/**
 * The site's feed in a format, or a section's when `sectionId` is given.
 *
 * @param {FeedFormat} format
 * @param {string} [sectionId]
 * @returns {string}
 */
function feedPath(format, sectionId) {
  return sectionId ? `${sectionPath(sectionId)}/${FEED_FILES[format]}` : `/${FEED_FILES[format]}`;
}

/**
 * The feed of a live blog's updates in a format, beside the live blog.
 *
 * @param {string} blogPath
 * @param {FeedFormat} format
 * @returns {string}
 */
const liveFeedPath = (blogPath, format) => `${blogPath}/${FEED_FILES[format]}`;

/**
 * An older page of a live blog's updates, counted from the oldest: `{blog}/page/{n}`.
 *
 * @param {string} blogPath
 * @param {number} n
 * @returns {string}
 */
const livePagePath = (blogPath, n) => `${blogPath}/page/${n}`;
/**
 * The story a page belongs to: a live blog's address for one of its older pages, the address
 * itself otherwise.
 *
 * @param {string} pagePath
 * @returns {string}
 */
const storyPathOf = (pagePath) => pagePath.replace(/\/page\/\d+$/, '');

/** An update's id as its file name gives it: the minute it was written, then its title's words. */
const UPDATE_ID = '[A-Za-z0-9-]+';

/**
 * An update's permalink: `{blog}/updates/{id}`, the update on a page of its own.
 *
 * @param {string} blogPath
 * @param {string} id
 * @returns {string}
 */
const updatePermalinkPath = (blogPath, id) => `${blogPath}/updates/${id}`;

/**
 * A live blog's key events alone: `{blog}/key-events`.
 *
 * @param {string} blogPath
 * @returns {string}
 */
const liveKeyEventsPath = (blogPath) => `${blogPath}/key-events`;

const LIVE_SUBPAGE = new RegExp(`^(.+)/(?:page/${PAGE_NUMBER}|updates/${UPDATE_ID}|key-events)$`);

/**
 * The live blog's path of one of its older pages, update permalinks or key-events view;
 * undefined for any other path.
 *
 * @param {string} path
 * @returns {string | undefined}
 */
const liveBlogPathOf = (path) => {
  const blog = LIVE_SUBPAGE.exec(path)?.[1];
  return blog !== undefined && parseArticlePath(blog) ? blog : undefined;
};

// Share cards (1200×630) and the square logo, drawn by components/social/.
/** @param {string} id */
const cardFile = (id) => `${id}.png`;
/** @param {string} id */
const articleCardPath = (id) => `/og/articles/${cardFile(id)}`;
/** @param {string} id */
const sectionCardPath = (id) => `/og/sections/${cardFile(id)}`;
const siteCardPath = '/og/site.png';
const logoPath = '/og/logo.png';
const CARD_FILE = new RegExp(`^(${SLUG})\\.png$`);
/**
 * The id in a card's file name ("kadhimi-survives.png"), or undefined for any other name.
 *
 * @param {string} file
 * @returns {string | undefined}
 */
const cardId = (file) => CARD_FILE.exec(file)?.[1];

const sitemapIndexPath = '/sitemap.xml';
const newsSitemapPath = '/news-sitemap.xml';
/** @param {string} file a child sitemap's file name, e.g. "articles-1.xml" */
const childSitemapPath = (file) => `/sitemaps/${file}`;

/**
 * The path a link leads to: without its query, fragment or trailing slash.
 *
 * @param {string} href a site-relative link, e.g. "/world/2021/11/07/story/#top"
 * @returns {string}
 */
function linkTarget(href) {
  return (href.split(/[?#]/)[0] ?? '').replace(/\/$/, '');
}

/**
 * A path of the default edition as another edition has it: under its prefix ("/" → "/ar",
 * "/world" → "/ar/world"). The default edition's paths are unchanged.
 *
 * @param {{ pathPrefix: string }} edition
 * @param {string} path
 * @returns {string}
 */
function editionPath(edition, path) {
  if (!edition.pathPrefix) return path;
  return path === homePath ? edition.pathPrefix : `${edition.pathPrefix}${path}`;
}

/**
 * The edition an address belongs to, and the address as the default edition would write it
 * ("/ar/world" → Arabic and "/world"; "/world" → the default edition and "/world").
 *
 * @param {string} path
 * @returns {{ edition: import('./editions').Edition, path: string }}
 */
function editionOfPath(path) {
  for (const edition of editions) {
    const prefix = edition.pathPrefix;
    if (!prefix) continue;
    if (path === prefix) return { edition, path: homePath };
    if (path.startsWith(`${prefix}/`)) return { edition, path: path.slice(prefix.length) };
  }
  return { edition: defaultEdition, path };
}

/**
 * First path segments the site itself uses. A section id must not take one of them, or its
 * front would shadow a route; a former article address must not start with one either.
 */
const RESERVED_SEGMENTS = [
  '_next',
  'api',
  'authors',
  'feeds',
  'fonts',
  'images',
  'og',
  'page',
  'search',
  'sitemaps',
  'tags',
  'favicon.ico',
  'robots.txt',
  'sitemap.xml',
  'news-sitemap.xml',
  'feed.xml',
  'atom.xml',
  'feed.json',
  // Each edition's addresses start with its language.
  ...editions.flatMap((edition) => (edition.pathPrefix ? [edition.pathPrefix.slice(1)] : [])),
];

const ARTICLE_PATTERN = ARTICLE_SEGMENTS.map(([name, pattern]) => `/:${name}(${pattern})`).join('');
const FEED_FILE_PATTERN = Object.values(FEED_FILES)
  .map((file) => file.replace('.', '\\.'))
  .join('|');

/**
 * The same addresses as route patterns (path-to-regexp, as next.config.js `headers()` reads
 * them), for the cache rules (lib/http/cache-headers.js).
 */
const routePatterns = {
  home: homePath,
  /** A section front: one slug. /tags, /authors and /search are one segment too. */
  sectionFront: `/:section(${SLUG})`,
  article: ARTICLE_PATTERN,
  images: '/images/:path*',
  /** A live blog's older page (only live blogs have later pages at an article's address). */
  livePage: `${ARTICLE_PATTERN}/page/:n(${PAGE_NUMBER})`,
  /** A live blog's key events on a page of their own, and an update's own page. */
  liveKeyEvents: `${ARTICLE_PATTERN}/key-events`,
  liveUpdate: `${ARTICLE_PATTERN}/updates/:id(${UPDATE_ID})`,
  /** A topic's or a desk's front. */
  listFront: `/:list(tags|authors)/:key(${SLUG})`,
  /** The later pages of any list (a live blog's older pages are matched by `livePage` too). */
  listPage: `/:list+/page/:n(${PAGE_NUMBER})`,
  /** The site's feeds, a section's and a live blog's. */
  feed: `/:path*/:file(${FEED_FILE_PATTERN})`,
  /** A live blog's feeds, beside it. */
  liveFeed: `${ARTICLE_PATTERN}/:file(${FEED_FILE_PATTERN})`,
  /** The sitemap index, the news sitemap and the child sitemaps. */
  sitemap: '/:file(sitemap\\.xml|news-sitemap\\.xml|sitemaps/[^/]+)',
  /** Share cards and the logo, drawn by next/og. */
  card: '/og/:path*',
};

module.exports = {
  RESERVED_SEGMENTS,
  articleCardPath,
  articlePath,
  authorPath,
  cardFile,
  cardId,
  childSitemapPath,
  desksPath,
  editionOfPath,
  editionPath,
  feedPath,
  homePath,
  linkTarget,
  listPagePath,
  liveBlogPathOf,
  liveFeedPath,
  liveKeyEventsPath,
  livePagePath,
  logoPath,
  newsSitemapPath,
  parseArticlePath,
  parsePageNumber,
  revalidationPath,
  routePatterns,
  storyPathOf,
  searchPagePath,
  SEARCH_VERBATIM,
  searchPath,
  sectionCardPath,
  sectionPath,
  siteCardPath,
  sitemapIndexPath,
  tagPath,
  topicsPath,
  updatePermalinkPath,
};
