import { expect, test } from '@playwright/test';

// What the editor's desk controls shows to readers as it should in the production build.
const CORRECTED = '/middle-east/2021/10/10/iraq-votes-in-early-election';
const UPDATED = '/middle-east/2021/10/11/sadrists-top-iraq-election-results';

test('corrections are shown under the article, newest first, each with its date', async ({ page }) => {
  await page.goto(CORRECTED);
  const notice = page.getByRole('complementary', { name: 'Corrections' });
  await expect(notice).toBeVisible();
  const items = notice.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('12 October 2021');
  await expect(items.nth(0)).toContainText('a third of the seats');
  await expect(items.nth(1)).toContainText('11 October 2021');
  await expect(items.nth(0).locator('time')).toHaveAttribute('datetime', '2021-10-12T09:30:00+03:00');
});

test('an article without corrections has no corrections notice', async ({ page }) => {
  await page.goto(UPDATED);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: /Correction/ })).toHaveCount(0);
});

test('an update shows its time and note under the byline', async ({ page }) => {
  await page.goto(UPDATED);
  await expect(page.getByText(/^Updated /)).toHaveText(
    "Updated 12 October 2021 at 08:15 BST: adds the Fatah alliance's rejection of the count",
  );
});

test('published articles carry no draft banner and open no content-refresh connection', async ({ page, request }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(CORRECTED, { waitUntil: 'networkidle' });
  await expect(page.getByRole('status').filter({ hasText: /Draft|Scheduled/ })).toHaveCount(0);
  expect(requested).not.toContain('/api/dev/content-changes');
  expect((await request.get('/api/dev/content-changes')).status()).toBe(404);
});
