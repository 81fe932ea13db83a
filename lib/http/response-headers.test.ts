import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildCustomRoute } from 'next/dist/server/lib/router-utils/filesystem';
import { compileNonPath, matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import nextConfig from '../../next.config.js';

/**
 * The headers of every kind of response the site sends, from next.config.js's rules as Next's
 * router applies them (each matching rule in turn, a later value replacing an earlier one), for
 * a build whose content check found a page with an embed and an open live blog. What a reader's
 * browser and the caches in front of the site are told; SECURITY.md and docs/deploy.md say the
 * same in words. The browser tests check the same headers on a running server, after a build.
 */

const YOUTUBE = 'https://www.youtube-nocookie.com';
const ARTICLE = '/middle-east/2021/11/07/kadhimi-survives-drone-attack';
const VIMEO = 'https://player.vimeo.com';
const FRAMED = '/world/2021/11/08/leaders-speak';
const FRAMED_TWICE = '/world/2021/11/09/two-players';
const LIVE = '/middle-east/2021/11/07/night-in-baghdad';

const dist = mkdtempSync(path.join(os.tmpdir(), 'masthead-headers-'));
mkdirSync(path.join(dist, 'cache', 'masthead'), { recursive: true });
writeFileSync(path.join(dist, 'cache', 'masthead', 'page-facts.json'), JSON.stringify({ framed: [{ path: FRAMED, frameSources: [YOUTUBE] }, { path: FRAMED_TWICE, frameSources: [YOUTUBE, VIMEO] }], live: [LIVE, `${LIVE}/key-events`] }));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

type Headers = Record<string, string>;

/** The headers the site's rules give a request for `pathname`, in production unless `env` says otherwise. */
async function headersFor(pathname: string, { cookie, env = {} }: { cookie?: string; env?: Record<string, string> } = {}): Promise<Headers> {
  vi.stubEnv('MASTHEAD_DIST_DIR', dist);
  vi.stubEnv('MASTHEAD_ANALYTICS', 'off');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  if (!nextConfig.headers) throw new Error('next.config.js has no headers()');
  const request = new IncomingMessage(new Socket());
  if (cookie) request.headers.cookie = cookie;
  const out: Headers = {};
  for (const rule of await nextConfig.headers()) {
    const params = buildCustomRoute('header', rule).match(pathname);
    if (!params || !matchHas(request, {}, rule.has, rule.missing)) continue;
    for (const { key, value } of rule.headers) out[key] = compileNonPath(value, params);
  }
  return out;
}

/** The policy with each inline script's hash written as one placeholder: the hashes change with the scripts' text. */
const policy = (headers: Headers) => (headers['Content-Security-Policy'] ?? '').replace(/'sha256-[A-Za-z0-9+/]{43}='/g, "'sha256-…'");

const POLICY =
  "default-src 'self'; script-src 'self' 'sha256-…'; style-src 'self' 'unsafe-inline'; img-src 'self'; font-src 'self'; connect-src 'self'; media-src 'self'; manifest-src 'self'; worker-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const DENIED =
  'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()';
const EVERY_RESPONSE = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DENIED,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const FRONT = 'public, max-age=0, s-maxage=30, stale-while-revalidate=600, stale-if-error=86400';
const STORY = 'public, max-age=0, s-maxage=60, stale-while-revalidate=3600, stale-if-error=86400';
const OPEN_LIVE_BLOG = 'public, max-age=0, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400';
const LIVE_BLOG_PAGE = 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400';
const IMAGE = 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800';
const CARD = 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400';

/** Every kind of response, and the Cache-Control the site's rules give it (none: Next's own, or the server guard's for misses and redirects, lib/http/answer-policy.ts). */
const KINDS: [kind: string, pathname: string, cacheControl: string | undefined][] = [
  ['the front page', '/', FRONT],
  ['a section front', '/world', FRONT],
  ['the topics index', '/tags', FRONT],
  ['the desks index', '/authors', FRONT],
  ['search', '/search', FRONT],
  ['a tag front', '/tags/iraq', FRONT],
  ['a desk’s front', '/authors/world-desk', FRONT],
  ['a later page of the front', '/page/2', undefined],
  ['a later page of a section', '/world/page/12', FRONT],
  ['an article', ARTICLE, STORY],
  ['an article-shaped address with no story (its 404)', '/world/2021/11/07/no-such-story', STORY],
  ['an article carrying an embed', FRAMED, STORY],
  ['an open live blog', LIVE, OPEN_LIVE_BLOG],
  ['an older page of a live blog', `${LIVE}/page/3`, LIVE_BLOG_PAGE],
  ['an update’s own page', `${LIVE}/updates/2021-11-07T0120-drone`, STORY],
  ['an open live blog’s key events', `${LIVE}/key-events`, OPEN_LIVE_BLOG],
  ['a closed live blog’s key events', `${ARTICLE}/key-events`, STORY],
  ['a live blog’s feed', `${LIVE}/feed.json`, OPEN_LIVE_BLOG],
  ['an image', '/images/baghdad-green-zone.png', IMAGE],
  ['a hashed asset', '/_next/static/chunks/main-0123abcd.js', undefined],
  ['the site’s feed', '/feed.xml', FRONT],
  ['a section’s feed', '/world/atom.xml', FRONT],
  ['the sitemap index', '/sitemap.xml', FRONT],
  ['a child sitemap', '/sitemaps/articles-1.xml', FRONT],
  ['the news sitemap', '/news-sitemap.xml', FRONT],
  ['robots.txt', '/robots.txt', FRONT],
  ['a share card', '/og/articles/kadhimi-survives-drone-attack.png', CARD],
  ['the site’s share card', '/og/site.png', CARD],
  ['a later page of a tag front', '/tags/iraq/page/2', FRONT],
  ['the icon', '/icon.svg', IMAGE],
  ['an address with no page', '/no/such/page', undefined],
];

describe('every response', () => {
  it.each(KINDS)('%s (%s) carries the security headers and the script policy', async (_, pathname) => {
    const headers = await headersFor(pathname);
    if (pathname === FRAMED) return; // below
    expect(headers).toMatchObject(EVERY_RESPONSE);
    expect(policy(headers)).toBe(POLICY);
  });

  it.each(KINDS)('%s (%s) is cached as its kind is', async (_, pathname, cacheControl) => {
    expect((await headersFor(pathname))['Cache-Control']).toBe(cacheControl);
  });

  it('lists exactly one script by hash, and one more with analytics on', async () => {
    const scripts = async (env: Record<string, string>) => /script-src ([^;]*)/.exec((await headersFor(ARTICLE, { env }))['Content-Security-Policy'] ?? '')?.[1]?.split(' ') ?? [];
    const off = await scripts({});
    expect(off).toHaveLength(2);
    expect(off[1]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    const on = await scripts({ MASTHEAD_ANALYTICS: 'on' });
    expect(on).toEqual([...off, expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(on[2]).not.toBe(on[1]);
  });
});

describe('a page carrying an embed', () => {
  it('may frame its player, and let it autoplay, and nothing else changes', async () => {
    const headers = await headersFor(FRAMED);
    expect(policy(headers)).toBe(POLICY.replace("frame-src 'none'", `frame-src ${YOUTUBE}`));
    expect(headers['Permissions-Policy']).toBe(DENIED.replace('autoplay=()', `autoplay=("${YOUTUBE}")`));
    expect(headers).toMatchObject({ ...EVERY_RESPONSE, 'Permissions-Policy': expect.any(String) });
  });

  it('with two players may frame both, and let both autoplay', async () => {
    const headers = await headersFor(FRAMED_TWICE);
    expect(policy(headers)).toBe(POLICY.replace("frame-src 'none'", `frame-src ${VIMEO} ${YOUTUBE}`));
    expect(headers['Permissions-Policy']).toBe(DENIED.replace('autoplay=()', `autoplay=("${VIMEO}" "${YOUTUBE}")`));
  });

  it('is the only one: its older pages, neighbours and longer addresses frame nothing', async () => {
    for (const other of [`${FRAMED}/page/2`, `${FRAMED}-2`, `/x${FRAMED}`, LIVE]) {
      const headers = await headersFor(other);
      expect(policy(headers), other).toBe(POLICY);
      expect(headers['Permissions-Policy'], other).toBe(DENIED);
    }
  });
});

describe('draft mode', () => {
  it('is never cached by a shared cache: the bypass cookie leaves every page to Next, which keeps it private', async () => {
    for (const [, pathname] of KINDS) {
      const headers = await headersFor(pathname, { cookie: '__prerender_bypass=1' });
      expect(headers['Cache-Control'], pathname).toBeUndefined();
      expect(headers['Strict-Transport-Security'], pathname).toBe(EVERY_RESPONSE['Strict-Transport-Security']);
    }
  });

  it('an unrelated cookie changes nothing', async () => {
    expect((await headersFor(ARTICLE, { cookie: 'theme=dark' }))['Cache-Control']).toBe(STORY);
  });
});

describe('next dev', () => {
  it('lets the framework runtime run and reload, and frames any https player', async () => {
    const headers = await headersFor(ARTICLE, { env: { NODE_ENV: 'development' } });
    expect(headers['Content-Security-Policy']).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self'; font-src 'self'; connect-src 'self' ws:; media-src 'self'; manifest-src 'self'; worker-src 'self'; frame-src https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(headers).toMatchObject(EVERY_RESPONSE);
  });
});
