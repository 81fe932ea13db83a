import { expect, test, type Page } from '@playwright/test';
import { publishedAt } from '../testing/content-files';

// A page shows a story once: its main content, the front's "Latest" rail and the footer's
// "Latest from Masthead" never repeat one another.

const STORY = /^\/[a-z-]+\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+$/;

/** The stories every list of the page links to, main content and footer, in order; each at most once per list item. */
async function storyLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('main a[href], footer a[href]')
    .evaluateAll((links) => links.filter((a) => !a.closest('.article-body, .breadcrumb, nav')).map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((href) => STORY.test(href));
}

for (const [what, url] of [
  ['the front page', '/'],
  ['a section front', '/middle-east'],
  ['the not-found page', '/no-such-page'],
  ['an article', '/middle-east/2021/11/07/kadhimi-survives-drone-attack'],
] as const) {
  test(`${what} links to each story once, the footer’s latest stories included`, async ({ page }) => {
    await page.goto(url);
    const links = await storyLinks(page);
    expect(links.length).toBeGreaterThan(0);
    const repeated = links.filter((href, i) => links.indexOf(href) !== i);
    expect(repeated).toEqual([]);
  });
}

test('the front page shows every published story at most once, and the newest ones all', async ({ page }) => {
  await page.goto('/');
  const shown = new Set(await storyLinks(page));
  // The sample newsroom is small: everything published fits on the front between the lead, the
  // rail and the section rows, so the footer has nothing left to add.
  for (const story of publishedAt()) expect(shown, story.path).toContain(story.path);
  await expect(page.getByRole('contentinfo').getByRole('region', { name: 'Latest from Masthead' })).toHaveCount(0);
});

test('the footer of a page that shows few stories offers the newest others', async ({ page }) => {
  await page.goto('/world');
  const footer = page.getByRole('contentinfo').getByRole('region', { name: 'Latest from Masthead' });
  const listed = await footer.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const onPage = await page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const newest = publishedAt()
    .map((a) => a.path)
    .filter((path) => !onPage.includes(path));
  expect(listed).toEqual(newest.slice(0, 5));
});

test('the section menu marks where the reader is', async ({ page }) => {
  // Folded on a phone: the marks are on the links whether the menu is open or not.
  const menu = page.locator('nav[aria-label="Sections"]');
  await page.goto('/middle-east');
  await expect(menu.locator('a', { hasText: /^Middle East$/ })).toHaveAttribute('aria-current', 'page');
  await expect(menu.locator('[aria-current]')).toHaveCount(1);
  await page.goto('/middle-east/2021/11/07/kadhimi-survives-drone-attack');
  // A story within the section, not the section's own page.
  await expect(menu.locator('a', { hasText: /^Middle East$/ })).toHaveAttribute('aria-current', 'true');
  await page.goto('/');
  await expect(menu.locator('a', { hasText: /^Home$/ })).toHaveAttribute('aria-current', 'page');
  await expect(menu.locator('[aria-current]')).toHaveCount(1);
  await page.goto('/tags/iraq');
  await expect(menu.locator('[aria-current]')).toHaveCount(0);
});

test('a section row with one story lays it across the width, its picture beside its words', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'on a phone every row is one column');
  await page.goto('/');
  const rows = page.getByRole('main').getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }).getByRole('link', { name: /.+/ }) });
  let single = 0;
  for (const row of await rows.all()) {
    const stories = row.getByRole('article');
    if ((await stories.count()) !== 1) continue;
    single += 1;
    const picture = await stories.locator('img').boundingBox();
    const headline = await stories.getByRole('heading').boundingBox();
    const width = (await row.boundingBox())?.width ?? 0;
    expect(picture && headline && headline.x >= picture.x + picture.width).toBe(true);
    // Across the row, not a third of it.
    expect((headline?.x ?? 0) + (headline?.width ?? 0) - (picture?.x ?? 0)).toBeGreaterThan(width * 0.8);
  }
  expect(single).toBeGreaterThan(0);
});
