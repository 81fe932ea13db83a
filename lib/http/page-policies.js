// @ts-check
// Plain CommonJS so that next.config.js can load it as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const path = require('node:path');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cachePolicy } = require('./cache-headers');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { distDir } = require('../site/dist-dir');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, permissionsPolicy, serializePolicy } = require('./security-headers');

/**
 * Headers that depend on what a page holds, not on the shape of its address, decided when the
 * content is checked and written into header rules at build, like every other header: pages
 * stay prerendered and cacheable (a header is fixed per address, no nonce, nothing decided per
 * request), and next.config.js's headers() stays the one place they are written.
 *
 * - Frames for embeds. Every response's policy says `frame-src 'none'`; a page that carries
 *   embeds (an article, a page of a live blog) gets the same policy with its players as frame
 *   sources instead (a provider's own player host, or the very post on a host from an editor's
 *   link), and lets the providers' players autoplay once loaded. No other page does.
 * - Open live blogs. A live blog lives at an article's address, but its own address changes
 *   with every update: while coverage is open it is kept briefly by shared caches.
 *
 * @typedef {{ path: string, frameSources: string[] }} FramedPage
 * @typedef {{ framed: FramedPage[], live: string[] }} PageFacts What the content check found: pages carrying embeds, addresses of open live blogs.
 */

/**
 * Where the content check writes what it found, beside the content store in the build cache.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
function pageFactsFile(env = process.env) {
  return path.join(distDir(env), 'cache', 'masthead', 'page-facts.json');
}

/** @param {unknown} value @returns {value is FramedPage} */
function isFramedPage(value) {
  if (typeof value !== 'object' || value === null) return false;
  const sources = Reflect.get(value, 'frameSources');
  return typeof Reflect.get(value, 'path') === 'string' && Array.isArray(sources) && sources.every((s) => typeof s === 'string');
}

/**
 * What the last content check found; nothing when it has not run, so no page allows a frame it
 * was not checked for.
 *
 * @param {string} file
 * @returns {PageFacts}
 */
function readPageFacts(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { framed: [], live: [] };
  }
  const framed = Reflect.get(Object(data), 'framed');
  const live = Reflect.get(Object(data), 'live');
  return {
    framed: Array.isArray(framed) ? framed.filter(isFramedPage) : [],
    live: Array.isArray(live) ? live.filter((p) => typeof p === 'string') : [],
  };
}

/**
 * Writes the facts atomically, so a build never reads half of them.
 *
 * @param {string} file
 * @param {PageFacts} facts
 */
function writePageFacts(file, facts) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(facts)}\n`);
  renameSync(temporary, file);
}

/** What a site path is made of (slugs, digits, slashes; an update's id keeps its file name's "T"): written into a rule's pattern as it is. */
const SITE_PATH = /^\/[A-Za-z0-9-]+(?:\/[A-Za-z0-9-]+)*$/;
/**
 * A frame source is an https origin (a provider's own player host), or a player's address on a
 * host from an editor's link (lib/site/embed-players.js `frameSource`): nothing a policy would
 * read as another source or directive.
 */
const FRAME_SOURCE = /^https:\/\/[a-z0-9.-]+(?:\/[A-Za-z0-9._~/@%-]*)?$/;

/**
 * A rule's source matching exactly these site paths.
 *
 * @param {string[]} paths
 * @returns {string}
 */
function exactly(paths) {
  for (const p of paths) if (!SITE_PATH.test(p)) throw new Error(`${JSON.stringify(p)} is not a site path`);
  return `/:page(${[...new Set(paths)].sort().map((p) => p.slice(1)).join('|')})`;
}

/**
 * Header rules for next.config.js, to come after the rules for every path and every kind of
 * address (a later rule's header replaces an earlier one's): one per set of frame sources,
 * matching exactly the pages that need that set, each with the whole policy; and the open live
 * blogs' cache policy.
 *
 * @param {PageFacts} facts
 * @param {{ analytics?: boolean }} [options]
 * @returns {{ source: string, missing?: { type: 'cookie', key: string }[], headers: { key: string, value: string }[] }[]}
 */
function pageRules({ framed, live }, options = {}) {
  /** @type {Map<string, string[]>} */
  const bySources = new Map();
  for (const page of framed) {
    if (page.frameSources.length === 0 || !page.frameSources.every((s) => FRAME_SOURCE.test(s))) {
      throw new Error(`framed page ${JSON.stringify(page)}: expected https origins or players' addresses`);
    }
    const key = [...new Set(page.frameSources)].sort().join(' ');
    bySources.set(key, [...(bySources.get(key) ?? []), page.path]);
  }
  const frames = [...bySources].map(([key, paths]) => {
    const frameSources = key.split(' ');
    return {
      source: exactly(paths),
      headers: [
        { key: 'Content-Security-Policy', value: serializePolicy(contentSecurityPolicy({ ...options, frameSources })) },
        { key: 'Permissions-Policy', value: permissionsPolicy(frameSources) },
      ],
    };
  });
  // Draft mode's requests are left private, as for every other page (lib/http/cache-headers.js).
  const open = live.length ? [{ source: exactly(live), missing: [{ type: 'cookie', key: '__prerender_bypass' }], headers: [{ key: 'Cache-Control', value: cachePolicy.live }] }] : [];
  return [...frames, ...open];
}

/**
 * What content published without a build (`npm run content:publish`) would need from headers the
 * deployed build does not have, page by page: a page framing a player its rule does not allow,
 * or an open live blog the build did not know (its address would be cached as an article's).
 * Rules the build has and the content no longer needs do no harm until the next build: a frame
 * source nothing asks for, a closed live blog kept briefly in caches.
 *
 * @param {PageFacts} built What the deployed build's header rules were made from.
 * @param {PageFacts} wanted What the content to publish needs.
 * @returns {{ path: string, reason: string }[]}
 */
function headersMissing(built, wanted) {
  /** @type {Map<string, Set<string>>} */
  const allowed = new Map(built.framed.map((page) => [page.path, new Set(page.frameSources)]));
  const missing = [];
  for (const page of wanted.framed) {
    const lacking = page.frameSources.filter((source) => !allowed.get(page.path)?.has(source));
    if (lacking.length) missing.push({ path: page.path, reason: `it would frame ${lacking.join(', ')}, which its Content-Security-Policy does not allow` });
  }
  const knownLive = new Set(built.live);
  for (const blog of wanted.live) {
    if (!knownLive.has(blog)) missing.push({ path: blog, reason: 'it is an open live blog, which shared caches would keep as long as an article' });
  }
  return missing;
}

module.exports = { headersMissing, pageFactsFile, pageRules, readPageFacts, writePageFacts };
