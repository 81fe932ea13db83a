import { expect, test, type Locator, type Page } from '@playwright/test';
import { breakingStrip, liveBlog, plain, testNow } from '../testing/content-files';
import { clickWhenStill } from '../testing/click';

// The sample live blog (content/live/kadhimi-drone-attack-live/): coverage closed on 7 November,
// well before the suite's clock, with 20 updates, all on its own page. Expectations come from its files.
const BLOG = liveBlog('kadhimi-drone-attack-live');
const updates = (page: Page) => page.getByRole('region', { name: 'Updates' }).getByRole('article');
/** Text as the content file writes it: the site sets quotes and dashes typographically. */
const textOf = async (locator: Locator) => plain((await locator.innerText()).trim());

test.describe('the live page', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(BLOG.path);
    expect(response?.status()).toBe(200);
  });

  test('leads with the headline, as it happened, says the coverage has ended, and sums up with the key points', async ({ page }, testInfo) => {
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(`${plain(BLOG.headline)} – as it happened`);
    expect(BLOG.closedAt && Date.parse(BLOG.closedAt) < testNow().getTime()).toBe(true);
    await expect(page.getByText('This live coverage has ended')).toBeVisible();
    // When it was last updated, not when the editors closed it.
    const newest = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(new Date(BLOG.updates[0]?.at ?? ''));
    await expect(page.getByText('This live coverage has ended').locator('..')).toContainText(`Last updated ${newest} GMT`);
    await expect(page.getByText('Live', { exact: true })).toHaveCount(0);
    const region = page.getByRole('region', { name: 'Key points' });
    const points = region.getByRole('listitem');
    // Folded on a phone once coverage is over: the reader opens them.
    if (testInfo.project.name === 'phone') {
      await expect(points.first()).toBeHidden();
      await region.getByText('Key points', { exact: true }).click();
    }
    await expect(points).toHaveCount(BLOG.keyPoints.length);
    for (const [i, point] of BLOG.keyPoints.entries()) expect(await textOf(points.nth(i))).toBe(plain(point));
  });

  test('shows every update newest first, each at its own anchor, with its time linking to its permalink', async ({ page }) => {
    const list = updates(page);
    await expect(list).toHaveCount(BLOG.updates.length);
    const ids = await list.evaluateAll((articles) => articles.map((a) => a.id));
    expect(ids).toEqual(BLOG.updates.map((u) => `update-${u.id}`));
    const times = await list.locator('time').evaluateAll((els) => els.map((t) => t.getAttribute('datetime')));
    expect(times).toEqual(BLOG.updates.map((u) => u.at));
    const first = BLOG.updates[BLOG.updates.length - 1];
    const permalink = list.last().getByRole('link').first();
    await expect(permalink).toHaveAttribute('href', `${BLOG.path}/updates/${first?.id}`);
  });

  test('pins the update editors chose above the rest, once with its anchor', async ({ page }, testInfo) => {
    const pinned = BLOG.updates.find((u) => u.id === BLOG.pinned);
    expect(pinned?.title).toBeTruthy();
    const region = page.getByRole('region', { name: 'Pinned' });
    // Folded to its title on a phone, so the newest updates are not pushed further down.
    if (testInfo.project.name === 'phone') {
      await expect(region.getByRole('heading', { level: 3 })).toBeHidden();
      expect(plain(await region.locator('summary').innerText())).toContain(plain(pinned?.title ?? ''));
      await region.locator('summary').click();
    }
    // As the page holds it: an update below the screen is laid out only as it nears it.
    expect(plain((await region.getByRole('heading', { level: 3 }).textContent()) ?? '')).toBe(plain(pinned?.title ?? ''));
    await expect(page.locator(`[id="update-${BLOG.pinned}"]`)).toHaveCount(1);
    await expect(region.locator(`[id="update-${BLOG.pinned}"]`)).toHaveCount(0);
  });

  test('names every update for screen readers by its title, or by its time when it has none', async ({ page }) => {
    expect(BLOG.updates.some((u) => u.title) && BLOG.updates.some((u) => !u.title)).toBe(true);
    for (const u of BLOG.updates) {
      const name = plain((await page.locator(`[id="update-${u.id}"]`).evaluate((el) => el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent)) ?? '');
      if (u.title) expect(name, u.id).toBe(plain(u.title));
      else expect(name, u.id).toMatch(/^\d{2}:\d{2} GMT, Sun 7 Nov$/);
    }
    await expect(page.getByRole('region', { name: 'Updates' })).toBeVisible();
  });

  test('offers no "new updates" notice once coverage has ended', async ({ page }) => {
    await expect(page.locator('[data-live-feed]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /new update/ })).toHaveCount(0);
  });

  test('reaches every update’s own page from the keyboard, in reading order, after the skip link', async ({ page }) => {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    const newest = BLOG.updates[0];
    const link = page.locator(`[id="update-${newest?.id}"]`).getByRole('link').first();
    for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${BLOG.path}/updates/${newest?.id}`);
  });
});

test('an update’s permalink is a page of its own, and leads to the update among the rest, scrolled to it', async ({ page }) => {
  const oldest = BLOG.updates[BLOG.updates.length - 1];
  const response = await page.goto(`${BLOG.path}/updates/${oldest?.id}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(`${BLOG.path}/updates/${oldest?.id}`);
  expect(await textOf(page.getByRole('region', { name: 'Update' }).getByRole('heading', { level: 3 }))).toBe(plain(oldest?.title ?? ''));
  // Below the update: the page settles as its parts are laid out, and a click aimed before that misses.
  await clickWhenStill(page.getByRole('link', { name: 'See this update among the rest' }));
  await expect(page).toHaveURL(`${BLOG.path}#update-${oldest?.id}`);
  await expect(page.locator(`[id="update-${oldest?.id}"]`)).toBeInViewport();
  expect((await page.request.get(`${BLOG.path}/updates/no-such-update`)).status()).toBe(404);
});

test('the live page describes itself as a LiveBlogPosting with every update on it', async ({ request }) => {
  // Written where an article's structured data is, at the top of the story.
  const html = await (await request.get(BLOG.path)).text();
  const blocks = [...html.matchAll(/<script[^>]* type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1] ?? '[]'));
  const live = blocks.find((b) => b['@type'] === 'LiveBlogPosting');
  expect(live).toMatchObject({ coverageStartTime: BLOG.publishedAt, coverageEndTime: BLOG.closedAt, dateModified: BLOG.updates[0]?.at });
  expect(plain(live.headline)).toBe(`${plain(BLOG.headline)} – as it happened`);
  expect(live.liveBlogUpdate.map((u: { datePublished: string }) => u.datePublished)).toEqual(BLOG.updates.map((u) => u.at));
  expect(live.liveBlogUpdate[0].url).toMatch(new RegExp(`${BLOG.path}/updates/${BLOG.updates[0]?.id}$`));
});

test('the live blog’s JSON Feed lists its updates newest first, each at its permalink', async ({ request }) => {
  const response = await request.get(`${BLOG.path}/feed.json`);
  expect(response.headers()['content-type']).toContain('application/feed+json');
  const feed = await response.json();
  expect(feed.items.map((i: { date_published: string }) => Date.parse(i.date_published))).toEqual(BLOG.updates.map((u) => Date.parse(u.at)));
  expect(feed.items[0].url).toMatch(new RegExp(`${BLOG.path}/updates/${BLOG.updates[0]?.id}$`));
  for (const format of ['feed.xml', 'atom.xml']) expect((await request.get(`${BLOG.path}/${format}`)).status(), format).toBe(200);
});

test('without JavaScript every update reads in full, and no control that needs a script shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(BLOG.path);
  await expect(updates(page)).toHaveCount(BLOG.updates.length);
  // The text itself (as laid out when scrolled to: paragraphs below the screen are drawn as they near it).
  for (const u of BLOG.updates) expect(plain((await page.locator(`[id="update-${u.id}"]`).textContent()) ?? '')).toContain(plain(u.firstLine).slice(0, 40));
  await expect(page.getByRole('button', { name: /update|Load|Copy/ })).toHaveCount(0);
  await context.close();
});

const STRIP = breakingStrip();

test.describe('the breaking-news strip', () => {
  test('runs across every kind of page while it lasts, linking to its story', async ({ page }) => {
    expect(STRIP && Date.parse(STRIP.expires) > testNow().getTime()).toBe(true);
    // The reader stands where the server does: the page script hides a strip whose time is past.
    await page.clock.install({ time: testNow() });
    for (const url of ['/', '/middle-east', BLOG.path, '/tags/iraq', '/search?q=drone', '/no-such-page']) {
      await page.goto(url);
      const strip = page.getByRole('complementary', { name: 'Breaking news' });
      expect(await textOf(strip), url).toContain(plain(STRIP?.text ?? ''));
      await expect(strip.getByRole('link'), url).toHaveAttribute('href', STRIP?.url ?? '');
    }
  });

  test('disappears from an open page at its expiry', async ({ page }) => {
    const expires = Date.parse(STRIP?.expires ?? '');
    // The clock stands still while the page loads, so a slow load cannot carry it past the expiry.
    await page.clock.install({ time: new Date(expires - 60_000) });
    await page.clock.pauseAt(new Date(expires - 59_000));
    await page.goto('/');
    const strip = page.getByRole('complementary', { name: 'Breaking news' });
    await expect(strip).toBeVisible();
    await page.clock.fastForward(58_000);
    await expect(strip).toBeVisible();
    await page.clock.fastForward(2_000);
    await expect(strip).toBeHidden();
  });
});
