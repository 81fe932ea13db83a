import { expect, test } from '@playwright/test';
import { article, articleImages, pngSize } from '../testing/content-files';

// Every picture opens at full size with no script: the image is a plain link to its file.
test.use({ javaScriptEnabled: false });

const STORY = article('kadhimi-survives-drone-attack');

test('every picture of an article, hero and gallery alike, links to its file at full size', async ({ page, request }) => {
  await page.goto(STORY.path);
  const links = page.getByRole('main').getByRole('link', { name: /\(full size\)$/ });
  const hrefs = await links.evaluateAll((found) => found.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(articleImages(STORY.id));
  for (const href of hrefs) {
    const response = await request.get(href ?? '');
    expect(response.status(), href ?? '').toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('a graphic opens at the size of its file, larger than the page shows it', async ({ page }) => {
  await page.goto(STORY.path);
  const [, first] = articleImages(STORY.id);
  const link = page.getByRole('main').getByRole('link', { name: /\(full size\)$/ }).nth(1);
  const shown = (await link.getByRole('img').boundingBox())?.width ?? 0;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${first?.replace(/[.]/g, '\\.')}$`));
  const natural = await page.locator('img').evaluate((img) => (img instanceof HTMLImageElement ? img.naturalWidth : 0));
  expect(natural).toBe(pngSize(first ?? '').width);
  expect(natural).toBeGreaterThan(shown);
});

test('the pictures of a gallery line up, whatever their proportions', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'on a phone a gallery is one column');
  await page.goto(STORY.path);
  const gallery = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('figure') });
  const boxes = await gallery.getByRole('img').evaluateAll((imgs) => imgs.map((img) => img.getBoundingClientRect()).map((r) => ({ top: r.top, height: r.height })));
  expect(boxes.length).toBeGreaterThan(1);
  // The sample's gallery holds a 3:2 map beside 16:9 graphics.
  const sizes = articleImages(STORY.id).slice(1).map(pngSize);
  expect(new Set(sizes.map((s) => (s.width / s.height).toFixed(2))).size).toBeGreaterThan(1);
  for (const box of boxes) {
    expect(box.top).toBeCloseTo(boxes[0]?.top ?? 0, 0);
    expect(box.height).toBeCloseTo(boxes[0]?.height ?? 0, 0);
  }
});
