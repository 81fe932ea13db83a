import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_BUILD_DIR, contentBuildIsCurrent, EMBED_ARTICLE, EMBED_VIDEO, makeContentBuild, OPEN_BLOG } from '../testing/content-build';
import { startProductionServer, type RunningServer } from '../testing/server';

// Headers that depend on what a page holds, end to end, on the suite's second build
// (testing/content-build.ts): a newsroom with an article carrying a video, a pull quote and a
// gallery, and a live blog still running.

const ARTICLE = EMBED_ARTICLE;
const VIDEO = EMBED_VIDEO;
const PLAIN = '/middle-east/2021/11/07/kadhimi-survives-drone-attack';
const PLAYER = 'https://www.youtube-nocookie.com';
const port = Number(process.env.E2E_PORT ?? 3100) + 250;
let server: RunningServer | undefined;
let base = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name === 'phone') return;
  test.setTimeout(420_000);
  if (!contentBuildIsCurrent()) makeContentBuild();
  server = await startProductionServer(port, { MASTHEAD_DIST_DIR: CONTENT_BUILD_DIR });
  base = server.url;
});

test.afterAll(async () => {
  await server?.stop();
});

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'one extra build is enough; embeds behave the same at every width');
});

/** Every request the page makes to a host other than the site's. */
function thirdParty(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) seen.push(r.url());
  });
  return seen;
}

const frameSrc = (csp: string | undefined) => /(?:^|;)\s*frame-src ([^;]+)/.exec(csp ?? '')?.[1]?.trim();

test('only a page carrying an embed may frame its player, and only that player', async ({ request }) => {
  expect(frameSrc((await request.get(`${base}${ARTICLE}`)).headers()['content-security-policy'])).toBe(PLAYER);
  for (const url of [PLAIN, '/', '/world', '/middle-east/2021/11/07/kadhimi-drone-attack-live']) {
    expect(frameSrc((await request.get(`${base}${url}`)).headers()['content-security-policy']), url).toBe("'none'");
  }
});

test('a running live blog is kept briefly by shared caches, its older pages long, a closed one as an article', async ({ request }) => {
  const cacheOf = async (url: string) => (await request.get(`${base}${url}`, { maxRedirects: 0 })).headers()['cache-control'];
  expect(await cacheOf(OPEN_BLOG)).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400');
  expect(await cacheOf(`${OPEN_BLOG}/page/1`)).toBe('public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400');
  expect(await cacheOf('/middle-east/2021/11/07/kadhimi-drone-attack-live')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=3600, stale-if-error=86400');
});

test('an embed asks nothing of its provider until the reader presses Load, then frames the no-cookie player', async ({ page }) => {
  const elsewhere = thirdParty(page);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => Reflect.get(window, 'reportViolation')(`${e.violatedDirective} ${e.blockedURI}`)));
  // The player's address answers here with a page of its own: the suite has no internet.
  await page.route(`${PLAYER}/**`, (route) => route.fulfill({ body: '<!doctype html><title>Player</title><p>Player</p>', contentType: 'text/html' }));
  await page.goto(`${base}${ARTICLE}`, { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 3000);
  await page.waitForLoadState('networkidle');
  expect(elsewhere).toEqual([]);

  const card = page.getByRole('figure').filter({ hasText: 'The address as broadcast' });
  await expect(card.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute('href', VIDEO);
  const load = card.getByRole('button', { name: 'Load video from YouTube' });
  await load.focus();
  await page.keyboard.press('Enter');
  const frame = card.locator('iframe');
  await expect(frame).toHaveAttribute('src', `${PLAYER}/embed/aaaaaaaaaaa?autoplay=1`);
  await expect(frame).toHaveAttribute('title', 'Video from YouTube: The address as broadcast');
  await expect(page.frameLocator('iframe').getByText('Player')).toBeVisible();
  expect(elsewhere.every((url) => url.startsWith(`${PLAYER}/`))).toBe(true);
  expect(elsewhere.length).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test('the pull quote and the gallery read as figures, every picture with its caption and credit', async ({ page }) => {
  await page.goto(`${base}${ARTICLE}`);
  await expect(page.locator('blockquote')).toContainText('We are working to build our nation.');
  const gallery = page.getByRole('figure').filter({ hasText: 'The district and the reaction' });
  await expect(gallery.getByRole('img')).toHaveCount(2);
  await expect(gallery.getByRole('listitem')).toHaveCount(2);
  await expect(gallery.getByRole('img', { name: 'Map of the Green Zone on a bend of the Tigris' })).toBeVisible();
  await expect(gallery).toContainText('Source: Masthead graphics');
});

test('without JavaScript the embed is a link to the original, and nothing offers to load it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}${ARTICLE}`);
  await expect(page.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute('href', VIDEO);
  await expect(page.getByRole('button', { name: /Load/ })).toHaveCount(0);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the article with an embed, a pull quote and a gallery has no WCAG 2.1 A or AA violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${base}${ARTICLE}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
