import { expect, test } from '@playwright/test';

test('the front page lists the latest stories, newest first, and they open', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('Masthead');
  const latest = page.getByRole('main').getByRole('region', { name: 'Latest stories' });
  expect(await latest.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
  const times = await latest.locator('time').evaluateAll((els) => els.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  const first = latest.getByRole('link').first();
  const headline = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('the section menu leads to every section front', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  // Folded into a menu on phones.
  const toggle = nav.getByText('Sections', { exact: true });
  const openMenu = async () => {
    if (!(await nav.locator('a').first().isVisible())) await toggle.click();
  };
  await openMenu();
  const links = nav.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let i = 1; i < count; i++) {
    await openMenu();
    const link = nav.getByRole('link').nth(i);
    const name = (await link.innerText()).trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await page.goBack();
  }
});

test('the layout has landmarks, a language and a skip link', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});

test('pages load with no failed requests and no console errors', async ({ page }) => {
  const failures: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
  await page.goto('/', { waitUntil: 'networkidle' });
  const firstStory = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  await firstStory.click();
  await page.waitForLoadState('networkidle');
  await expect(page).toHaveURL(/\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+$/);
  expect(failures).toEqual([]);
});

/** One URL of every reader page type. */
const readerPages: [string, string][] = [
  ['the front page', '/'],
  ['a section front', '/middle-east'],
  ['a tag front', '/tags/iraq'],
  ['an author front', '/authors/middle-east-desk'],
  ['the topics index', '/tags'],
  ['the desks index', '/authors'],
  ['search results', '/search?q=drone'],
  ['an article', '/middle-east/2021/11/07/kadhimi-survives-drone-attack'],
  ['the 404 page', '/no-such-page'],
];

for (const [what, url] of readerPages) {
  test(`${what} is a plain document: no framework JavaScript, only the page’s own small script`, async ({ page, request }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('_rsc=') || r.headers()['rsc']) scripts.push(r.url());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    // Following a link loads the next page whole, as a plain link does.
    await page.getByRole('banner').getByRole('link', { name: 'Masthead' }).click();
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    const html = await (await request.get(url)).text();
    expect(html).not.toContain('self.__next_f');
    expect(html).not.toContain('__NEXT_DATA__');
    expect(html, 'no script file, loaded or preloaded').not.toMatch(/<script[^>]*\ssrc=|<link[^>]*\bas="script"|\.js"/);
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1]?.trim());
    expect(inline.filter((attributes) => !attributes?.includes('application/ld+json'))).toEqual(['id="page-script"']);
  });
}

test('nothing overflows the narrowest phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/', '/middle-east/2021/11/07/kadhimi-survives-drone-attack']) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
