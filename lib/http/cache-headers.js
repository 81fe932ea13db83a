// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { routePatterns } = require('../site/paths');

/**
 * How long shared caches (a CDN, nginx, Vercel's edge) may keep each kind of
 * page. Browsers always revalidate (max-age=0) so a reader who reloads sees a
 * correction as soon as the cache in front of them has it; the shared cache
 * keeps serving its copy while it fetches a fresh one (stale-while-revalidate)
 * and keeps the site up when the origin is down (stale-if-error).
 *
 * Fronts change with every story, so they are kept for half a minute; an
 * article for a minute, which also bounds how long a shared cache may keep the
 * 404 of a story whose embargo has just lifted. Any instance can answer any
 * request: nothing here depends on which server rendered the page.
 *
 * Plain JavaScript because next.config.js loads it before anything is compiled.
 */

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** @param {{ sMaxAge: number, staleWhileRevalidate: number }} policy */
function sharedCache({ sMaxAge, staleWhileRevalidate }) {
  return `public, max-age=0, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}, stale-if-error=${DAY}`;
}

const cachePolicy = {
  front: sharedCache({ sMaxAge: 30, staleWhileRevalidate: 10 * MINUTE }),
  article: sharedCache({ sMaxAge: MINUTE, staleWhileRevalidate: HOUR }),
  /**
   * An open live blog's own address, which changes with every update: kept as briefly as a
   * front, and not served stale for long, so "N new updates" soon finds them in the page.
   */
  live: sharedCache({ sMaxAge: 30, staleWhileRevalidate: MINUTE }),
  /** A live blog's older page: its twenty updates are fixed once the page exists (lib/content/live/pages.ts). */
  livePage: sharedCache({ sMaxAge: HOUR, staleWhileRevalidate: DAY }),
  /** Hero images and graphics keep their names when an editor replaces them, so they are not immutable. */
  image: `public, max-age=${HOUR}, s-maxage=${DAY}, stale-while-revalidate=${7 * DAY}`,
  /** File names under /_next/static carry a content hash: a new build means new names. */
  immutable: 'public, max-age=31536000, immutable',
};

// A section front's pattern takes a slug only (lib/site/paths.js), so files such as
// /robots.txt never match; a draft-mode request carries Next's bypass cookie and is left private.
/** @type {{ type: 'cookie', key: string }[]} */
const notDraft = [{ type: 'cookie', key: '__prerender_bypass' }];

/**
 * Rules for next.config.js `headers()`. What each reader page gets (e2e/caching.spec.ts checks
 * every one): the front policy for the front page and section fronts, and for /tags, /authors
 * and /search, whose addresses are one slug too; the article policy for articles and for the
 * 404 of any article-shaped address; the live page policy for a live blog's older pages (an
 * open live blog's own address gets the live policy from lib/http/page-policies.js); every
 * other page, tag and author fronts and the later pages of every list, keeps what Next sends
 * for a page rendered again every 30 seconds (`s-maxage=30` and a long
 * `stale-while-revalidate`). An address with no page at all is never stored (`private,
 * no-store`, from Next).
 */
function cacheHeaders() {
  /** @param {string} source @param {string} value */
  const rule = (source, value) => ({ source, missing: notDraft, headers: [{ key: 'Cache-Control', value }] });
  return [
    rule(routePatterns.home, cachePolicy.front),
    rule(routePatterns.sectionFront, cachePolicy.front),
    rule(routePatterns.article, cachePolicy.article),
    // Only live blogs have later pages.
    rule(routePatterns.livePage, cachePolicy.livePage),
    rule(routePatterns.images, cachePolicy.image),
    // /_next/static is left to Next, which sends cachePolicy.immutable itself in
    // production (and warns about a custom header there, as it breaks `next dev`).
  ];
}

module.exports = { cacheHeaders, cachePolicy };
