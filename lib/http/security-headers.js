// @ts-check
// Plain CommonJS so that next.config.js can load it as it is.

/**
 * The Content-Security-Policy, one directive per entry.
 *
 * Pages are prerendered and cached, so the policy is the same for every response: no
 * per-request nonce. Next inlines its RSC payload as `<script>self.__next_f.push(…)</script>`,
 * different on every page and on every revalidation, so hashes cannot list them either;
 * script-src therefore allows inline scripts but no other origin and no eval. What keeps
 * content from adding a script is the body checker (lib/content/body.ts) and React's
 * escaping of every string it renders. See SECURITY.md.
 *
 * Vercel Web Analytics loads /_vercel/insights/script.js and posts to /_vercel/insights/*:
 * the same origin, so 'self' covers it.
 *
 * @param {{ dev?: boolean }} [options] `next dev` needs eval for React's debugging aids and a websocket for reloads.
 * @returns {Record<string, string[]>}
 */
function contentSecurityPolicy({ dev = false } = {}) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    // next/image and next/font set inline style attributes and a style element.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'media-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'frame-src': ["'none'"],
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
 * The headers sent with every response: pages, feeds, assets and 404s alike.
 *
 * @param {{ dev?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
function securityHeaders(options = {}) {
  return [
    { key: 'Content-Security-Policy', value: serializePolicy(contentSecurityPolicy(options)) },
    // Two years, the preload list's minimum; browsers ignore it over plain http (local runs).
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: deniedFeatures.map((f) => `${f}=()`).join(', ') },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

module.exports = { contentSecurityPolicy, deniedFeatures, securityHeaders, serializePolicy };
