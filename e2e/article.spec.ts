import { expect, test, type Page } from '@playwright/test';

// The sample newsroom's version of the seed page: the drone attack on the prime minister's residence.
const SEED_ARTICLE = '/middle-east/2021/11/07/kadhimi-survives-drone-attack';

/** The URLs of the requests of one resource type ('script', 'stylesheet', …) the page makes from now on. */
function requestsOfType(page: Page, type: string): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === type) urls.push(r.url());
  });
  return urls;
}

test.describe('an article page has the anatomy of the seed page', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(SEED_ARTICLE);
    expect(response?.status()).toBe(200);
  });

  test('the headline is the only h1 and the standfirst follows it', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const headline = page.getByRole('heading', { level: 1 });
    await expect(headline).toContainText(/Kadhimi|prime minister/i);
    const standfirst = page.locator('h1 + p');
    await expect(standfirst).not.toBeEmpty();
    expect((await standfirst.innerText()).length).toBeGreaterThan(40);
  });

  test('the byline names the authors and gives machine-readable times', async ({ page }) => {
    const byline = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) }).getByText(/^By /);
    await expect(byline).toContainText(/desk|newsroom/i);
    const times = page.locator('article header time');
    await expect(times).toHaveCount(2);
    for (const time of await times.all()) {
      const dateTime = await time.getAttribute('datetime');
      expect(dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/);
      await expect(time).toHaveText(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    }
    await expect(page.getByText(/^Updated /)).toBeVisible();
  });

  test('the hero image is a figure with a caption and a credit', async ({ page }) => {
    const hero = page.getByRole('figure').first();
    const image = hero.getByRole('img');
    await expect(image).toHaveAttribute('alt', /\w+/);
    await expect(image).toHaveAttribute('width', /\d+/);
    await expect(image).toHaveAttribute('height', /\d+/);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const caption = hero.locator('figcaption');
    await expect(caption).toContainText(/\w+/);
    await expect(caption).toContainText(/source:/i);
  });

  test('each "Also read" link leads to the story it names: the live blog of the night and the background piece', async ({ page }) => {
    const alsoRead = page.getByRole('complementary', { name: 'Also read' }).getByRole('link');
    await expect(alsoRead).toHaveCount(2);
    const hrefs = await alsoRead.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/middle-east/2021/11/07/kadhimi-drone-attack-live', '/analysis/2021/10/25/iran-keeps-its-reach-in-iraq']);
    for (const [i, href] of hrefs.entries()) {
      await page.goto(SEED_ARTICLE);
      const link = page.getByRole('complementary', { name: 'Also read' }).getByRole('link').nth(i);
      const headline = (await link.innerText()).trim();
      await link.click();
      await expect(page).toHaveURL(href ?? '');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    }
  });

  test('every related story answers', async ({ page, request }) => {
    const related = page.getByRole('region', { name: 'Related stories' }).getByRole('link');
    const count = await related.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(4);
    const hrefs = await related.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).not.toContain(SEED_ARTICLE);
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  test('the body has typographic quotes', async ({ page }) => {
    const body = await page.locator('article').innerText();
    expect(body).toMatch(/[“”’]/);
    expect(body).not.toMatch(/"\w/);
  });
});

test('an unknown article URL answers 404 with the site’s not-found page', async ({ page }) => {
  const response = await page.goto('/middle-east/2021/11/07/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'front page' })).toHaveAttribute('href', '/');
});

test('an unknown section and an unknown path answer 404', async ({ request }) => {
  for (const url of ['/no-such-section', '/middle-east/2021/13/07/x', '/a/b/c/d/e/f']) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

// That every reader page loads no framework JavaScript is checked for each in site.spec.ts.
test('an article page’s own script shows the copy button from the first paint', async ({ page }) => {
  await page.goto(SEED_ARTICLE);
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
});

test('an article page carries its styles in the page and draws its text in the reading face', async ({ page }) => {
  const stylesheets = requestsOfType(page, 'stylesheet');
  await page.goto(SEED_ARTICLE, { waitUntil: 'networkidle' });
  expect(stylesheets).toEqual([]);
  // The house style is applied: the body's measure, and the headline in the reading face, which
  // is fetched from the font URL the inlined stylesheet names (relative to the file it came from).
  expect(await page.locator('.article-body').evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe('none');
  const headline = page.getByRole('heading', { level: 1 });
  const family = await headline.evaluate((el) => getComputedStyle(el).fontFamily);
  await expect.poll(() => page.evaluate((f) => document.fonts.check(`700 16px ${f}`) && [...document.fonts].some((face) => face.status === 'loaded'), family)).toBe(true);
});

test('reading text below the screen is laid out when the reader reaches it, and all of it prints', async ({ page }) => {
  await page.goto(SEED_ARTICLE);
  const paragraphs = page.locator('.article-body > p');
  const last = paragraphs.last();
  // Drawn on demand on screen (where the browser keeps focus outlines whole), …
  const visibility = (el: Element) => getComputedStyle(el).contentVisibility;
  expect(await last.evaluate(visibility)).toBe('auto');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeVisible();
  await expect(last).toHaveText(/\w{3,}/);
  // … and every block is laid out for print.
  await page.emulateMedia({ media: 'print' });
  expect(await paragraphs.evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility))).not.toContain('auto');
});
