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
  page.on('requestfailed', (request) => {
    // Leaving the front for an article cancels the router's prefetches still in flight: no reader sees that.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && new URL(request.url()).searchParams.has('_rsc')) return;
    failures.push(`failed ${request.url()}`);
  });
  // Article pages are plain documents: the front neither prefetches nor fetches their RSC form.
  const articleFlightRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\//.test(url.pathname) && (url.searchParams.has('_rsc') || request.headers()['rsc'])) articleFlightRequests.push(url.pathname);
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  const firstStory = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  await firstStory.click();
  await page.waitForLoadState('networkidle');
  await expect(page).toHaveURL(/\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+$/);
  expect(failures).toEqual([]);
  expect(articleFlightRequests).toEqual([]);
});

test('nothing overflows the narrowest phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/', '/middle-east/2021/11/07/kadhimi-survives-drone-attack']) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
