import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { absolute, liveBlog, plain } from '../testing/content-files';
import { clickWhenStill } from '../testing/click';
import { copyBuild, startProductionServer, type RunningServer } from '../testing/server';

// The sample live blog, as readers find it: its key events, the key-events view, each update's
// own page and share link, its times, and its headline, which says "as it happened" once
// coverage has closed. Expectations come from its files (testing/content-files.ts) or are
// literals; the suite's clock (MASTHEAD_NOW) stands after its closedAt.

const BLOG = liveBlog('kadhimi-drone-attack-live');
const KEY_EVENTS = BLOG.updates.filter((u) => u.keyEvent);
const headline = (ending: string) => `${plain(BLOG.headline).replace(/'/g, '’')} – ${ending}`;

test.describe.configure({ timeout: 90_000 });

test('lists the key events newest first, each leading to its update', async ({ page }, testInfo) => {
  expect(KEY_EVENTS.length).toBeGreaterThan(2);
  await page.goto(BLOG.path);
  const list = page.getByRole('region', { name: 'Key events' });
  // Folded on a phone once coverage has ended; a column beside the updates on a wide screen.
  if (testInfo.project.name === 'phone') {
    await expect(list.getByRole('link').first()).toBeHidden();
    await list.getByText('Key events', { exact: true }).click();
  } else {
    const column = await list.boundingBox();
    const updates = await page.getByRole('region', { name: 'Updates' }).boundingBox();
    expect(column && updates && column.x + column.width <= updates.x).toBe(true);
  }
  const links = list.getByRole('link');
  await expect(links).toHaveCount(KEY_EVENTS.length);
  expect((await links.allInnerTexts()).map((t) => plain(t.replace(/\s+/g, ' ')))).toEqual(KEY_EVENTS.map((u) => expect.stringContaining(plain(u.title ?? ''))));
  const [, second] = KEY_EVENTS;
  await clickWhenStill(links.nth(1));
  await expect(page).toHaveURL(new RegExp(`#update-${second?.id}$`));
  const target = page.locator(':target');
  await expect(target.getByRole('heading', { level: 3 })).toHaveText(second?.title?.replace(/'/g, '’') ?? '');
  await expect(target).toContainText('Key event');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the key events alone are a page of their own, and lead back to every update', async ({ page }) => {
    await page.goto(BLOG.path);
    await page.getByRole('navigation', { name: 'Live blog views' }).getByRole('link', { name: 'Key events only' }).click();
    await expect(page).toHaveURL(new RegExp(`${BLOG.path}/key-events$`));
    const updates = page.getByRole('region', { name: 'Key events' }).getByRole('article');
    await expect(updates).toHaveCount(KEY_EVENTS.length);
    // The text as the page holds it: updates below the screen are laid out only as they near it.
    expect(await updates.getByRole('heading', { level: 3 }).allTextContents()).toEqual(KEY_EVENTS.map((u) => u.title?.replace(/'/g, '’')));
    for (const update of await updates.all()) await expect(update).toContainText('Key event');
    await expect(page.getByRole('link', { name: 'Key events only' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('link', { name: 'All updates' }).click();
    await expect(page).toHaveURL(new RegExp(`${BLOG.path}$`));
    await expect(page.getByRole('region', { name: 'Updates' }).getByRole('article')).toHaveCount(BLOG.updates.length);
  });

  test('an update’s link leads to a page of its own, which search engines are pointed away from to the live blog', async ({ page }) => {
    const update = BLOG.updates.find((u) => u.figures.length > 0);
    if (!update) throw new Error('the sample live blog has an update with a picture');
    await page.goto(BLOG.path);
    const article = page.locator(`#update-${update.id}`);
    await clickWhenStill(article.getByRole('link', { name: /^Link to this update/ }));
    await expect(page).toHaveURL(new RegExp(`${BLOG.path}/updates/${update.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline('as it happened'));
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(update.title?.replace(/'/g, '’') ?? '');
    await expect(page.getByRole('region', { name: 'Update' }).getByRole('article')).toHaveCount(1);
    // Its picture, opened full size by a link.
    for (const figure of update.figures) await expect(page.getByRole('link', { name: `${figure.alt} (full size)` })).toHaveAttribute('href', figure.src);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute(BLOG.path));
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', absolute(`${BLOG.path}/updates/${update.id}`));
    await page.getByRole('link', { name: 'See this update among the rest' }).click();
    await expect(page).toHaveURL(new RegExp(`${BLOG.path}#update-${update.id}$`));
  });
});

test('the link under an update copies the address of its own page', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'a phone opens its share sheet instead, which a test cannot read');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const update = BLOG.updates[1];
  await page.goto(BLOG.path);
  const article = page.locator(`#update-${update?.id}`);
  await clickWhenStill(article.getByRole('link', { name: /^Link to this update/ }));
  await expect(article.getByText('Link copied')).toBeVisible();
  // The reader stays where they were.
  expect(page.url()).toBe(new URL(BLOG.path, page.url()).toString());
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absolute(`${BLOG.path}/updates/${update?.id}`));
});

test('times of the last day say how long ago they were, beside the clock time', async ({ page }) => {
  const [newest] = BLOG.updates;
  if (!newest) throw new Error('no updates');
  // The reader's clock, a quarter of an hour after the last update.
  await page.clock.setFixedTime(new Date(Date.parse(newest.at) + 15 * 60_000));
  await page.goto(BLOG.path);
  const last = page.locator(`#update-${newest.id}`).getByRole('link').first();
  await expect(last).toHaveText(/^\d\d:\d\d GMT, 15 min ago$/);
  await expect(page.getByText(/^Started \d\d:\d\d GMT, \d+ hr ago · Last updated \d\d:\d\d GMT, 15 min ago$/)).toBeVisible();
  // An update from the morning, hours earlier.
  const first = BLOG.updates[BLOG.updates.length - 1];
  await expect(page.locator(`#update-${first?.id}`).getByRole('link').first()).toHaveText(/^\d\d:\d\d GMT, \d+ hr ago$/);
});

test.describe('before and after coverage closes', () => {
  // A second server on a copy of the build, its clock an hour before the live blog's closedAt:
  // one server, so one worker runs these tests in turn.
  test.describe.configure({ mode: 'serial' });
  let server: RunningServer | undefined;
  const copy = path.join('test-results', 'live-blog-open-build');

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name === 'phone') return;
    test.setTimeout(120_000);
    copyBuild(copy);
    const open = new Date(Date.parse(BLOG.closedAt ?? '') - 3_600_000).toISOString();
    server = await startProductionServer(Number(process.env.E2E_PORT ?? 3100) + 260, { MASTHEAD_DIST_DIR: copy, MASTHEAD_NOW: open });
  });

  test.afterAll(async () => {
    // Only the worker that made the copy removes it: the phone project's worker runs no server.
    if (!server) return;
    await server.stop();
    rmSync(copy, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
  });

  test('the headline says “live” while it runs and “as it happened” once it has closed, on the page, in its title, its card and its feed', async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'the same pages at every width; one extra server is enough');
    for (const [base, ending] of [
      [server?.url ?? '', 'live'],
      ['', 'as it happened'],
    ] as const) {
      // The copy of the build first serves the page as the build made it, at the suite's clock,
      // and remakes it at its own: no build is needed for the headline to change.
      await expect
        .poll(async () => (await (await request.get(`${base}${BLOG.path}`)).text()).includes(`– ${ending}</h1>`), { timeout: 60_000, intervals: [1_000, 2_000, 5_000] })
        .toBe(true);
      await page.goto(`${base}${BLOG.path}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(ending));
      await expect(page).toHaveTitle(`${headline(ending)} · Masthead`);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', headline(ending));
      const feedTitle = async () => {
        const feed: unknown = await (await request.get(`${base}${BLOG.path}/feed.json`)).json();
        return typeof feed === 'object' && feed !== null ? Reflect.get(feed, 'title') : undefined;
      };
      await expect.poll(feedTitle, { timeout: 60_000, intervals: [1_000, 2_000, 5_000] }).toBe(`Masthead: ${headline(ending)}`);
    }
  });

  test('the key events are unfolded on a phone while coverage runs', async ({ browser }, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'this test sets the phone width itself, on the one extra server');
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server?.url ?? ''}${BLOG.path}`);
    await expect(page.getByRole('region', { name: 'Key events' }).getByRole('link').first()).toBeVisible();
    await context.close();
  });
});
