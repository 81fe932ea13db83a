import { expect, test } from '@playwright/test';
import { clickWhenStill } from '../testing/click';

test.use({ javaScriptEnabled: false });

test('without JavaScript a reader goes from the front to a section, an article, a related article and a search', async ({ page }) => {
  await page.goto('/');
  // The section menu is a details element on phones: it opens without script.
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const toggle = nav.getByText('Sections', { exact: true });
  if (await toggle.isVisible()) await toggle.click();
  await nav.getByRole('link', { name: 'Middle East' }).click();
  await expect(page).toHaveURL(/\/middle-east$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Middle East');

  const story = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  const headline = (await story.innerText()).trim();
  await story.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);

  const related = page.getByRole('region', { name: 'Related stories' }).getByRole('link').first();
  const relatedHeadline = (await related.innerText()).trim();
  await clickWhenStill(related);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedHeadline);

  const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search stories' });
  await box.fill('Green Zone');
  await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=Green\+Zone$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ stor(y matches|ies match) “Green Zone”/);
  expect(await page.getByRole('main').getByRole('article').count()).toBeGreaterThan(0);
});

test('without JavaScript the share box still gives the address to copy', async ({ page }) => {
  await page.goto('/middle-east/2021/11/07/kadhimi-survives-drone-attack');
  const share = page.getByRole('region', { name: 'Share this story' });
  await expect(share.getByRole('textbox', { name: 'Link to this story' })).toHaveValue(/\/kadhimi-survives-drone-attack$/);
  await expect(share.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
});

test('without JavaScript the page is themed from the first paint, dark included', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
  await context.close();
});

test('without JavaScript an unknown address shows the site’s not-found page', async ({ page }) => {
  for (const url of ['/no-such-section', '/tags/no-such-topic', '/middle-east/2021/11/07/no-such-story', '/no/such/page']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), url).toHaveText('Page not found');
    await expect(page.getByRole('search', { name: 'Not found' }), url).toBeVisible();
  }
});
