import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { copyBuild, startProductionServer, type RunningServer } from '../testing/server';

/** The number a Cache-Control directive such as s-maxage=300 carries, or undefined. */
function directive(header: string | undefined, name: string): number | undefined {
  const match = new RegExp(`(?:^|,)\\s*${name}=(\\d+)`).exec(header ?? '');
  return match ? Number(match[1]) : undefined;
}

async function firstArticlePath(request: APIRequestContext): Promise<string> {
  const front = await (await request.get('/')).text();
  const found = /href="(\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+)"/.exec(front)?.[1];
  expect(found, 'the front page links to an article').toBeTruthy();
  return found ?? '';
}

test.describe('caching for CDNs', () => {
  test('articles and fronts may be kept by a shared cache, fronts for less time', async ({ request }) => {
    const articlePath = await firstArticlePath(request);
    const sectionPath = `/${articlePath.split('/')[1]}`;
    const article = (await request.get(articlePath)).headers()['cache-control'];
    const front = (await request.get('/')).headers()['cache-control'];
    const section = (await request.get(sectionPath)).headers()['cache-control'];

    for (const header of [article, front, section]) {
      expect(header).toContain('public');
      expect(directive(header, 'max-age')).toBe(0);
      expect(directive(header, 'stale-while-revalidate')).toBeGreaterThan(0);
    }
    expect(directive(front, 's-maxage')).toBeGreaterThan(0);
    expect(directive(section, 's-maxage')).toBe(directive(front, 's-maxage'));
    expect(directive(article, 's-maxage')).toBeGreaterThan(directive(front, 's-maxage') ?? Infinity);
  });

  test('the server answers a repeated request within a second from what it sent, byte for byte, but never a reader with cookies', async ({ request }) => {
    const articlePath = await firstArticlePath(request);
    // An address no other test asks for, so the first answer is Next's own; tried afresh should a slow machine let the second pass.
    await expect(async () => {
      const address = `${articlePath}?probe=${Math.random().toString(36).slice(2)}`;
      // An address is kept once asked for again: the third request is the first answered from the cache.
      const first = await request.get(address, { headers: { 'accept-encoding': 'gzip' } });
      expect((await request.get(address, { headers: { 'accept-encoding': 'gzip' } })).headers().age).toBeUndefined();
      const third = await request.get(address, { headers: { 'accept-encoding': 'gzip' } });
      const withCookie = await request.get(address, { headers: { 'accept-encoding': 'gzip', cookie: 'reader=1' } });
      expect(first.headers().age).toBeUndefined();
      expect(third.headers().age).toBe('0');
      expect(withCookie.headers().age).toBeUndefined();
      expect(await third.body()).toEqual(await first.body());
      for (const name of ['cache-control', 'content-security-policy', 'content-type', 'content-encoding', 'vary', 'x-content-type-options']) {
        expect(third.headers()[name], name).toBe(first.headers()[name]);
      }
      // A second later the page is Next's answer again, so it goes on revalidating.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await request.get(address, { headers: { 'accept-encoding': 'gzip' } })).headers().age).toBeUndefined();
    }).toPass({ timeout: 20_000 });
  });

  test('hashed styles and fonts are immutable; graphics are cached for a while', async ({ request }) => {
    // Pages carry their stylesheets inline, each naming the hashed file it came from, and preload the font.
    const html = await (await request.get(await firstArticlePath(request))).text();
    const assets = [/<style data-href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1], /href="(\/_next\/static\/media\/[^"]+\.woff2)"/.exec(html)?.[1]];
    for (const asset of assets) {
      expect(asset, 'the page names a hashed asset').toBeTruthy();
      const assetHeader = (await request.get(asset ?? '')).headers()['cache-control'];
      expect(assetHeader, asset).toContain('immutable');
      expect(directive(assetHeader, 'max-age')).toBeGreaterThanOrEqual(31_536_000);
    }

    // The page asks Next's optimiser for sized copies; the graphic itself is a file under /images.
    const source = /\/_next\/image\?url=([^&"]+)/.exec(html)?.[1];
    expect(source, 'the page shows an optimised image').toBeTruthy();
    const imageResponse = await request.get(decodeURIComponent(source ?? ''));
    expect(imageResponse.ok()).toBe(true);
    expect(directive(imageResponse.headers()['cache-control'], 's-maxage')).toBeGreaterThan(0);
    const sized = /src="(\/_next\/image\?[^"]+)"/.exec(html)?.[1] ?? '';
    const sizedResponse = await request.get(sized.replaceAll('&amp;', '&'));
    expect(sizedResponse.ok()).toBe(true);
    expect(directive(sizedResponse.headers()['cache-control'], 'max-age')).toBeGreaterThan(0);
  });
});

const FRONT = 'public, max-age=0, s-maxage=30, stale-while-revalidate=600, stale-if-error=86400';
const ARTICLE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=3600, stale-if-error=86400';
/** Every miss, whatever its address (SECURITY.md). */
const BRIEF = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60';

test.describe('every reader page type keeps its status and Cache-Control', () => {
  const pages: [string, number, string][] = [
    ['/', 200, FRONT],
    ['/middle-east', 200, FRONT],
    ['/middle-east/2021/11/07/kadhimi-survives-drone-attack', 200, ARTICLE],
    ['/tags', 200, FRONT],
    ['/authors', 200, FRONT],
    ['/tags/iraq', 200, FRONT],
    ['/authors/middle-east-desk', 200, FRONT],
    // Search is rendered for each request; the front's rule covers its address.
    ['/search?q=drone', 200, FRONT],
    ['/search', 200, FRONT],
    // Misses: the site's 404 page, kept a minute by shared caches whatever the address.
    ['/no-such-section', 404, BRIEF],
    ['/middle-east/2021/11/07/no-such-story', 404, BRIEF],
    ['/middle-east/page/2', 404, BRIEF],
    ['/tags/no-such-tag', 404, BRIEF],
    ['/authors/no-such-desk', 404, BRIEF],
    ['/search?q=iraq&page=99', 404, BRIEF],
    ['/a/b/c/d/e/f', 404, BRIEF],
  ];
  for (const [url, status, cacheControl] of pages) {
    test(`${url} answers ${status} with ${cacheControl.split(',')[0]}…`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(status);
      expect(response.headers()['cache-control']).toBe(cacheControl);
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
      if (status === 404) expect(await response.text()).toContain('Page not found');
    });
  }

  test('page 1 of a list answers 308 to the list’s own address, once', async ({ request }) => {
    for (const [from, to] of [
      ['/middle-east/page/1', '/middle-east'],
      ['/tags/iraq/page/1', '/tags/iraq'],
      ['/authors/world-desk/page/1', '/authors/world-desk'],
    ]) {
      const response = await request.get(from ?? '', { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headersArray().filter((h) => h.name.toLowerCase() === 'location').map((h) => h.value)).toEqual([to]);
    }
  });

  test('trailing slashes answer 308 to the address without one, on every reader page type', async ({ request }) => {
    for (const url of ['/middle-east', '/tags', '/tags/iraq', '/authors', '/authors/middle-east-desk', '/search', '/middle-east/2021/11/07/kadhimi-survives-drone-attack']) {
      const response = await request.get(`${url}/`, { maxRedirects: 0 });
      expect(response.status(), url).toBe(308);
      expect(response.headers()['location']).toBe(url);
    }
  });

  test('pages are rendered again every 30 seconds, and the first pages of every list are prerendered', () => {
    // The build's own record of what it prerendered and when each page is rendered again.
    const manifest: unknown = JSON.parse(readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8'));
    const routes = Object.entries(Object(Reflect.get(Object(manifest), 'routes')));
    const revalidate = (route: string) => Reflect.get(Object(routes.find(([r]) => r === route)?.[1]), 'initialRevalidateSeconds');
    for (const route of ['/', '/middle-east', '/tags', '/tags/iraq', '/authors', '/authors/world-desk', '/middle-east/2021/11/07/kadhimi-survives-drone-attack', '/404']) {
      expect(revalidate(route), route).toBe(30);
    }
    // Each on-demand route renders what was not prerendered on its first request, then keeps it.
    const dynamic = Object.entries(Object(Reflect.get(Object(manifest), 'dynamicRoutes')));
    for (const route of ['/[section]', '/[section]/page/[n]', '/tags/[tag]', '/tags/[tag]/page/[n]', '/authors/[id]', '/authors/[id]/page/[n]', '/[section]/[year]/[month]/[day]/[slug]']) {
      const entry = dynamic.find(([r]) => r === route)?.[1];
      expect(entry, route).toBeTruthy();
      expect(Reflect.get(Object(entry), 'fallback'), `${route} renders unknown paths on request`).toBeNull();
    }
  });
});

test.describe('articles not prerendered at build', () => {
  // A second server on a copy of the build, with one article's prerendered page removed,
  // so that article renders on its first request. One project is enough: the HTML does not
  // depend on the browser, and both projects would want the same port.
  const port = Number(process.env.E2E_SECOND_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 200);
  const copy = path.join('test-results', 'on-demand-build');
  let server: RunningServer | undefined;

  test.afterAll(async () => {
    await server?.stop();
    rmSync(copy, { recursive: true, force: true });
  });

  test('render on their first request exactly as they would have been prerendered', async ({ request }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'server output does not depend on the device; run once');
    test.setTimeout(120_000);
    const articlePath = await firstArticlePath(request);
    const prerendered = await request.get(articlePath);
    expect(prerendered.status()).toBe(200);

    copyBuild(copy);
    const manifestFile = path.join(copy, 'prerender-manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    expect(manifest.routes[articlePath], 'the article was prerendered at build').toBeTruthy();
    delete manifest.routes[articlePath];
    writeFileSync(manifestFile, JSON.stringify(manifest));
    // Article pages are pages/ routes (plain HTML, no framework runtime): HTML and props.
    for (const ext of ['.html', '.json']) {
      const file = path.join(copy, 'server', 'pages', `${articlePath}${ext}`);
      expect(existsSync(file), `${file} was written at build`).toBe(true);
      rmSync(file);
    }

    server = await startProductionServer(port, { MASTHEAD_DIST_DIR: copy });
    const base = server.url;

    // The copy has no page for this article, so what it sends was rendered for this request.
    const onDemand = await request.get(`${base}${articlePath}`);
    expect(onDemand.status()).toBe(200);
    expect(onDemand.headers()['cache-control']).toBe(prerendered.headers()['cache-control']);
    expect(await onDemand.text()).toBe(await prerendered.text());
    const again = await request.get(`${base}${articlePath}`);
    expect(await again.text()).toBe(await prerendered.text());
  });
});
