// @ts-check
// Plain CommonJS so that next.config.js can load it as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { analyticsEnabled } = require('../site/analytics');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { inlineScripts, scriptHashSource } = require('./inline-scripts');

/**
 * @typedef {object} PolicyOptions
 * @property {boolean} [dev] `next dev`: its runtime needs inline scripts and eval (React's debugging aids) and a websocket for reloads.
 * @property {boolean} [analytics] Whether pages carry the analytics queue; lib/site/analytics.js decides, at build.
 * @property {string[]} [frameSources] What a page carrying embeds may frame (lib/http/page-policies.js): players' origins, or posts' addresses on a host from an editor's link; none elsewhere.
 */

/**
 * The Content-Security-Policy, one directive per entry.
 *
 * Pages are prerendered and cached, so the policy is the same for every response: no
 * per-request nonce. Reader pages run no framework JavaScript, only the site's own fixed
 * inline scripts (lib/http/inline-scripts.js), so script-src allows scripts from the site's
 * origin and exactly those scripts by hash: an inline script that anything injects into a
 * page does not run. See SECURITY.md.
 *
 * Vercel Web Analytics loads /_vercel/insights/script.js and posts to /_vercel/insights/*:
 * the same origin, so 'self' covers it.
 *
 * @param {PolicyOptions} [options]
 * @returns {Record<string, string[]>}
 */
function contentSecurityPolicy({ dev = false, analytics = analyticsEnabled(), frameSources = [] } = {}) {
  const scripts = dev ? ["'unsafe-inline'", "'unsafe-eval'"] : inlineScripts({ analytics }).map((script) => scriptHashSource(script.text));
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scripts],
    // The inlined stylesheets, the font variables and next/image's style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    // No page shows a data: or blob: image. (A header value with a colon in it is also
    // compiled as a template on every request by Next's header rules.)
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'media-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    // Embeds' players only, only on the pages that carry them; `next dev` shows new embeds as
    // they are saved, before any list of pages could name them.
    'frame-src': dev ? ['https:'] : frameSources.length ? frameSources : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/** @param {Record<string, string[]>} policy */
function serializePolicy(policy) {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * Browser features a news site does not use, denied to the page and to anything it embeds.
 * Only features Chromium recognises: an unknown name is reported as a console error.
 */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * The Permissions-Policy: every feature above denied, except that a page carrying embeds lets
 * its providers' players autoplay (the reader has just pressed "Load"; a player asks with
 * allow="autoplay"). Only players on a provider's own host: a frame source with a path is a
 * post on a host an editor's link named, which is never given a feature.
 *
 * @param {string[]} [frameSources]
 * @returns {string}
 */
function permissionsPolicy(frameSources = []) {
  const players = frameSources.filter((source) => new URL(source).origin === source);
  return deniedFeatures.map((f) => (f === 'autoplay' && players.length ? `${f}=(${players.map((s) => JSON.stringify(s)).join(' ')})` : `${f}=()`)).join(', ');
}

/**
 * The headers sent with every response: pages, feeds, assets and 404s alike.
 *
 * @param {PolicyOptions} [options]
 * @returns {{ key: string, value: string }[]}
 */
function securityHeaders(options = {}) {
  return [
    { key: 'Content-Security-Policy', value: serializePolicy(contentSecurityPolicy(options)) },
    // Two years, the preload list's minimum; browsers ignore it over plain http (local runs).
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissionsPolicy() },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

module.exports = { contentSecurityPolicy, permissionsPolicy, securityHeaders, serializePolicy };
