// @ts-check
// Plain CommonJS so that next.config.js can load it as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const path = require('node:path');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { distDir } = require('../dist-dir');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, permissionsPolicy, serializePolicy } = require('./security-headers');

/**
 * Frames for embeds, allowed page by page. Every response's policy says `frame-src 'none'`;
 * a page that carries embeds (an article, a live blog's page) gets the same policy with its
 * providers' player origins as frame sources instead, and no other page does. The content
 * check lists those pages (framedPagesFile), and next.config.js's headers() turns the list
 * into header rules at build, as it does the rest of the policy: pages stay prerendered and
 * cacheable (the header is fixed per address, no nonce, nothing decided per request), and the
 * header stays the one place the policy is written.
 *
 * @typedef {{ path: string, frameSources: string[] }} FramedPage
 */

/**
 * Where the content check writes the list, beside the content store in the build cache.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
function framedPagesFile(env = process.env) {
  return path.join(distDir(env), 'cache', 'masthead', 'framed-pages.json');
}

/** @param {unknown} value @returns {value is FramedPage} */
function isFramedPage(value) {
  if (typeof value !== 'object' || value === null) return false;
  const sources = Reflect.get(value, 'frameSources');
  return typeof Reflect.get(value, 'path') === 'string' && Array.isArray(sources) && sources.every((s) => typeof s === 'string');
}

/**
 * The pages the last content check found carrying embeds; none when it has not run, so no
 * page allows a frame it was not checked for.
 *
 * @param {string} file
 * @returns {FramedPage[]}
 */
function readFramedPages(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  return Array.isArray(data) ? data.filter(isFramedPage) : [];
}

/**
 * Writes the list atomically, so a build never reads half of it.
 *
 * @param {string} file
 * @param {FramedPage[]} pages
 */
function writeFramedPages(file, pages) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(pages)}\n`);
  renameSync(temporary, file);
}

/** What a site path is made of (lowercase slugs, digits, slashes): written into a rule's pattern as it is. */
const SITE_PATH = /^\/[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;
/** A frame source is an https origin, nothing more. */
const ORIGIN = /^https:\/\/[a-z0-9.-]+$/;

/**
 * Header rules for next.config.js: one per set of frame sources, matching exactly the pages
 * that need that set, each with the whole policy, and the players allowed to autoplay once
 * loaded (a later rule's header replaces an earlier one's, so these come after the rule for
 * every path).
 *
 * @param {FramedPage[]} pages
 * @param {{ analytics?: boolean }} [options]
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
function framedPageRules(pages, options = {}) {
  /** @type {Map<string, string[]>} */
  const bySources = new Map();
  for (const page of pages) {
    if (!SITE_PATH.test(page.path) || page.frameSources.length === 0 || !page.frameSources.every((s) => ORIGIN.test(s))) {
      throw new Error(`framed page ${JSON.stringify(page)}: expected a site path and https origins`);
    }
    const key = [...new Set(page.frameSources)].sort().join(' ');
    bySources.set(key, [...(bySources.get(key) ?? []), page.path]);
  }
  return [...bySources].map(([key, paths]) => {
    const frameSources = key.split(' ');
    return {
      source: `/:framed(${[...new Set(paths)].sort().map((p) => p.slice(1)).join('|')})`,
      headers: [
        { key: 'Content-Security-Policy', value: serializePolicy(contentSecurityPolicy({ ...options, frameSources })) },
        { key: 'Permissions-Policy', value: permissionsPolicy(frameSources) },
      ],
    };
  });
}

module.exports = { framedPageRules, framedPagesFile, readFramedPages, writeFramedPages };
