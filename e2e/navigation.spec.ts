import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickWhenStill } from '../testing/click';

// Each test walks several pages; a shared machine under load needs more than the default.
test.describe.configure({ timeout: 90_000 });

const ARTICLE = '/middle-east/2021/11/07/kadhimi-survives-drone-attack';

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()} in ${limit} presses`);
}

/** On a phone the section menu is folded: open it the way a reader would. */
async function sectionMenu(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const toggle = nav.getByText('Sections', { exact: true });
  if (await toggle.isVisible()) await toggle.click();
  return nav;
}

async function expectNewestFirst(page: Page) {
  // A live blog's card gives the time of its latest update, not the date it started, which orders it.
  const cards = page.getByRole('main').getByRole('article').filter({ hasNotText: /Latest update|last update/ });
  const times = await cards.locator('time').evaluateAll((els) => els.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
  expect(times.length).toBeGreaterThan(0);
  expect(times).toEqual([...times].sort((a, b) => b - a));
}

async function expectStoryCards(page: Page) {
  const cards = page.getByRole('main').getByRole('article');
  for (const card of await cards.all()) {
    await expect(card.getByRole('heading').getByRole('link')).toHaveAttribute('href', /^\/[a-z-]+\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+$/);
    await expect(card.locator('p').filter({ hasText: /\w{20,}|\w+ \w+ \w+ \w+/ }).first()).toBeVisible();
    await expect(card.locator('time')).toHaveAttribute('datetime', /^\d{4}-/);
    // Decorative beside the headline, and fetched only when scrolled near.
    const thumbnail = card.locator('img');
    await expect(thumbnail).toHaveAttribute('alt', '');
    await expect(thumbnail).toHaveAttribute('loading', 'lazy');
    await expect(thumbnail).toHaveAttribute('width', /^\d+$/);
  }
}

test.describe('the front page', () => {
  test('leads with one story, large, with its image and standfirst', async ({ page }) => {
    await page.goto('/');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveCount(1);
    const lead = main.getByRole('article').first();
    const image = lead.getByRole('img');
    await expect(image).toHaveAttribute('alt', /\w+/);
    // The lead is the page's largest paint: not lazy.
    await expect(image).not.toHaveAttribute('loading', 'lazy');
    const headline = lead.getByRole('heading', { level: 2 }).getByRole('link');
    const text = (await headline.innerText()).trim();
    expect((await lead.innerText()).length).toBeGreaterThan(text.length + 60);
    await headline.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  });

  test('lists the latest stories, newest first, without repeating the lead', async ({ page }) => {
    await page.goto('/');
    const leadHref = await page.getByRole('main').getByRole('article').first().getByRole('link').first().getAttribute('href');
    const latest = page.getByRole('main').getByRole('region', { name: 'Latest stories' });
    const links = latest.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(hrefs).not.toContain(leadHref);
  });

  test('has a block for every section, each linking to its front', async ({ page }) => {
    await page.goto('/');
    const nav = await sectionMenu(page);
    const names = (await nav.getByRole('link').allInnerTexts()).map((s) => s.trim()).filter((s) => s !== 'Home');
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      const block = page.getByRole('region', { name, exact: true });
      await expect(block.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', /^\/[a-z-]+$/);
      expect(await block.getByRole('article').count()).toBeGreaterThanOrEqual(1);
    }
  });
});

test.describe('section, tag and author fronts', () => {
  test('a section front lists its stories newest first with headline, standfirst, date and thumbnail', async ({ page }) => {
    await page.goto('/middle-east');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Middle East');
    await expectNewestFirst(page);
    await expectStoryCards(page);
    for (const section of await page.getByRole('main').getByRole('article').locator('p').first().allInnerTexts()) {
      expect(section).toMatch(/middle east/i);
    }
    // Fewer than a page of stories: no page links.
    await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
  });

  test('a tag on an article leads to the tag page, which lists that article', async ({ page }) => {
    await page.goto(ARTICLE);
    const headline = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await clickWhenStill(page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Green Zone' }));
    await expect(page).toHaveURL(/\/tags\/green-zone$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Green Zone');
    await expect(page.getByRole('main').getByRole('link', { name: headline })).toBeVisible();
    await expectNewestFirst(page);
    await expectStoryCards(page);
  });

  test('an author in the byline leads to their page with name, bio and stories', async ({ page }) => {
    await page.goto(ARTICLE);
    const headline = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await page.getByRole('link', { name: 'Masthead newsroom' }).first().click();
    await expect(page).toHaveURL(/\/authors\/newsroom$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masthead newsroom');
    await expect(page.getByText(/Reporting and editing by the Masthead newsroom/)).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: headline })).toBeVisible();
  });

  test('the breadcrumb on an article leads back to its section and home', async ({ page }) => {
    await page.goto(ARTICLE);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(crumbs).toHaveText(['Home', 'Middle East']);
    await crumbs.nth(1).click();
    await expect(page).toHaveURL(/\/middle-east$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Middle East');
  });

  test('the topics and desks indexes lead to their pages', async ({ page }) => {
    await page.goto('/tags');
    await page.getByRole('main').getByRole('link', { name: 'Iraq', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iraq');
    await page.goto('/authors');
    await page.getByRole('main').getByRole('link', { name: 'World desk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('World desk');
  });
});

test.describe('pagination boundaries', () => {
  test('page 1 redirects to the list’s own address', async ({ page }) => {
    for (const [from, to] of [
      ['/middle-east/page/1', '/middle-east'],
      ['/tags/iraq/page/1', '/tags/iraq'],
      ['/authors/world-desk/page/1', '/authors/world-desk'],
    ]) {
      const response = await page.goto(from ?? '');
      expect(response?.status(), from).toBe(200);
      expect(new URL(page.url()).pathname, from).toBe(to);
    }
  });

  test('a page past the end, or not a page number, answers 404', async ({ request }) => {
    for (const url of [
      '/middle-east/page/2',
      '/middle-east/page/0',
      '/middle-east/page/02',
      '/middle-east/page/two',
      '/tags/iraq/page/2',
      '/authors/world-desk/page/3',
      '/no-such-section/page/2',
      '/tags/no-such-tag',
      '/authors/no-such-desk',
      '/search?q=iraq&page=99',
    ]) {
      expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
    }
  });
});

test('the not-found page has the masthead, a search box and the latest stories', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('banner')).toContainText('Masthead');
  await expect(page.getByRole('search', { name: 'Not found' })).toBeVisible();
  const stories = page.getByRole('main').getByRole('article');
  expect(await stories.count()).toBeGreaterThanOrEqual(3);
  await expectNewestFirst(page);
  await page.getByRole('search', { name: 'Not found' }).getByRole('searchbox').fill('election');
  await page.getByRole('search', { name: 'Not found' }).getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “election”');
});

test.describe('navigation for everyone', () => {
  test('the section menu works by keyboard alone', async ({ page }, testInfo) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const world = nav.getByRole('link', { name: 'World' });
    // On phones the menu is folded: Tab to its toggle and open it with Enter first.
    if (testInfo.project.name === 'phone') {
      await tabTo(page, nav.getByText('Sections', { exact: true }));
      await page.keyboard.press('Enter');
    }
    await tabTo(page, world);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/world$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('World');
  });

  test('the skip link moves focus past the masthead to the main content', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(focusedInMain).toBe(true);
  });

  test('focus is visible on links and controls', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? getComputedStyle(el).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
  });
});

test.describe('reader comforts on an article', () => {
  test('shows a reading time', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByText(/^\d+ min read$/)).toBeVisible();
  });

  test('offers plain share links that carry the story’s address', async ({ page }) => {
    await page.goto(ARTICLE);
    const share = page.getByRole('region', { name: 'Share this story' });
    const address = await share.getByRole('textbox', { name: 'Link to this story' }).inputValue();
    expect(address).toMatch(new RegExp(`^https?://[^/]+${ARTICLE}$`));
    for (const name of ['Email', 'X', 'Facebook', 'LinkedIn', 'WhatsApp']) {
      const href = await share.getByRole('link', { name: new RegExp(`^${name}\\b`) }).getAttribute('href');
      expect(href, name).toContain(encodeURIComponent(address));
    }
  });

  test('copies the link with one button when JavaScript runs', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    const share = page.getByRole('region', { name: 'Share this story' });
    // Below the story: the paragraphs scrolled past are laid out as they near the screen, which
    // moves the button for a moment, and a click aimed before that lands on the story instead.
    await clickWhenStill(share.getByRole('button', { name: 'Copy link' }));
    await expect(share.getByRole('status')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await share.getByRole('textbox').inputValue());
  });

  test('prints the story without the site around it, with its address', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('region', { name: 'Share this story' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(new RegExp(`${ARTICLE}$`))).toBeVisible();
  });

  test('follows the reader’s dark setting and their wish for less motion', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 18, 18)');
    const duration = await page.locator('summary').evaluate((el) => getComputedStyle(el, '::before').transitionDuration);
    expect(duration).toBe('0s');
  });
});
