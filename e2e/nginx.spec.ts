import path from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxBinary, startNginx, type RunningNginx } from '../testing/nginx';

// docs/nginx.conf, as docs/deploy.md says to try it: local paths, a local port, and the test
// server as the one instance. nginx must be installed (.ci/run installs it).
const root = process.cwd();
const port = Number(process.env.E2E_PORT ?? 3100) + 210;
const prefix = path.join(root, 'test-results', 'nginx');
const base = `http://127.0.0.1:${port}`;
let nginx: RunningNginx | undefined;

// One nginx for the file, on one port: the tests share it.
test.describe.configure({ mode: 'serial' });
test.skip(!nginxBinary && !process.env.CI, 'nginx is not installed here (apt-get install nginx); CI installs it');

test.beforeAll(async ({ baseURL }) => {
  nginx = await startNginx(port, new URL(baseURL ?? '').host, prefix);
});

test.afterAll(() => {
  nginx?.stop();
});

const cacheStatus = async (url: string, headers: Record<string, string> = {}) => (await fetch(url, { headers })).headers.get('x-cache-status');

test('the example nginx config caches pages, keeps client navigations apart and leaves drafts alone', async ({ request }) => {
  const front = await (await request.get('/')).text();
  const article = /href="(\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+)"/.exec(front)?.[1];
  expect(article, 'the front links to an article').toBeTruthy();
  const url = `${base}${article ?? ''}`;

  const first = await fetch(url);
  expect(first.status).toBe(200);
  expect(first.headers.get('x-cache-status')).toBe('MISS');
  const html = await first.text();
  const second = await fetch(url);
  expect(second.headers.get('x-cache-status')).toBe('HIT');
  expect(await second.text()).toBe(html);
  expect(second.headers.get('cache-control')).toContain('s-maxage=');
  expect(second.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(second.headers.get('surrogate-key')).toBeNull();

  // A request for RSC data (a client navigation, should any page ever make one again) is a
  // cache entry of its own, never the HTML.
  const home = `${base}/`;
  expect(await cacheStatus(home)).toBe('MISS');
  expect(await cacheStatus(home, { RSC: '1' })).toBe('MISS');
  expect(await cacheStatus(home, { RSC: '1' })).toBe('HIT');
  expect(await cacheStatus(home)).toBe('HIT');
  // An editor in draft mode goes past the cache.
  expect(await cacheStatus(url, { Cookie: '__prerender_bypass=x' })).toBe('BYPASS');
});

test('the example nginx config serves static chunks and graphics from disk with their policies', async ({ request }) => {
  const html = await (await request.get('/')).text();
  // Pages carry their stylesheets inline, each naming the hashed file it came from.
  const chunk = /<style data-href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  expect(chunk, 'the page names a hashed chunk').toBeTruthy();
  const asset = await fetch(`${base}${chunk ?? ''}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(asset.headers.get('content-encoding')).toBe('gzip');
  expect(asset.headers.get('x-cache-status')).toBeNull();

  const image = /url=(%2Fimages%2F[^&"]+)/.exec(html)?.[1];
  expect(image, 'the page shows a graphic').toBeTruthy();
  const graphic = await fetch(`${base}${decodeURIComponent(image ?? '')}`);
  expect(graphic.status).toBe(200);
  expect(graphic.headers.get('content-type')).toMatch(/^image\//);
  expect(graphic.headers.get('cache-control')).toContain('s-maxage=86400');
  expect((await fetch(`${base}/images/no-such-file.png`)).status).toBe(404);
});
