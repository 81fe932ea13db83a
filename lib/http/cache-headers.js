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
  /** Share cards: drawn again at most once an hour (their routes' revalidate). */
  card: sharedCache({ sMaxAge: HOUR, staleWhileRevalidate: DAY }),
  /**
   * A miss (the 404 page, a feed or card of nothing) and a redirect: they change as soon as the
   * content does (a story whose embargo lifts, a story moved again), so shared caches keep them a
   * minute and browsers ask each time. Never served stale when the site is down.
   */
  brief: `public, max-age=0, s-maxage=${MINUTE}, stale-while-revalidate=${MINUTE}`,
  /** Errors, and requests the site refuses: no cache keeps them. */
  never: 'no-store',
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
 * Rules for next.config.js `headers()`, later ones replacing earlier ones. What each answer gets
 * (SECURITY.md's table, checked by e2e/answer-headers.spec.ts): the front policy for the front
 * page, section fronts, /tags, /authors and /search (whose addresses are one slug too), tag and
 * desk fronts and the later pages of every list, feeds and sitemaps; the article policy for
 * articles, a live blog's key events and an update's own page; the live page policy for a live
 * blog's older pages and the live policy for its feeds (an open live blog's own address and its
 * key events get the live policy from lib/http/page-policies.js); the card policy for share cards. Misses, redirects and errors get theirs whoever answers
 * them, from the server guard (lib/http/answer-policy.ts), since Next answers some of them
 * before these rules are read.
 */
function cacheHeaders() {
  /** @param {string} source @param {string} value */
  const rule = (source, value) => ({ source, missing: notDraft, headers: [{ key: 'Cache-Control', value }] });
  return [
    rule(routePatterns.home, cachePolicy.front),
    rule(routePatterns.sectionFront, cachePolicy.front),
    rule(routePatterns.listFront, cachePolicy.front),
    rule(routePatterns.listPage, cachePolicy.front),
    rule(routePatterns.feed, cachePolicy.front),
    rule(routePatterns.sitemap, cachePolicy.front),
    rule('/robots.txt', cachePolicy.front),
    rule(routePatterns.article, cachePolicy.article),
    // Only live blogs have later pages and feeds of their own.
    rule(routePatterns.livePage, cachePolicy.livePage),
    // Like the live blog's own address: an open one's key events get the live policy from
    // lib/http/page-policies.js; an update's page changes only in the header above it.
    rule(routePatterns.liveKeyEvents, cachePolicy.article),
    rule(routePatterns.liveUpdate, cachePolicy.article),
    rule(routePatterns.liveFeed, cachePolicy.live),
    rule(routePatterns.card, cachePolicy.card),
    rule(routePatterns.images, cachePolicy.image),
    rule('/icon.svg', cachePolicy.image),
    // /_next/static is left to Next, which sends cachePolicy.immutable itself in
    // production (and warns about a custom header there, as it breaks `next dev`).
  ];
}

module.exports = { cacheHeaders, cachePolicy };
