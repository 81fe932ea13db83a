import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { clickWhenStill } from '../testing/click';
import { checkContentInto, startProductionServer, type RunningServer } from '../testing/server';

// Search is a plain GET form and plain links: everything here works without JavaScript.
test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 90_000 });

const results = (page: Page) => page.getByRole('main').getByRole('article');
// The text as the page holds it: results below the screen are laid out only as they near it.
const marked = (page: Page) => results(page).locator('mark').allTextContents();

test('the masthead search box finds stories by their text, best match first, with a count', async ({ page }) => {
  await page.goto('/world');
  const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search stories' });
  await box.fill('drones');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=drones$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “drones”');
  await expect(page.getByRole('status')).toHaveText(/^\d+ stor(y matches|ies match) “drones”/);
  expect(await results(page).count()).toBeGreaterThanOrEqual(2);
  // Drones in the headline beat drones in passing.
  await expect(results(page).first().getByRole('heading')).toContainText(/drone/i);
  await expect(results(page).first().locator('p').first()).toHaveText(/middle east|world|analysis/i);
});

test('each result shows the passage that matched, with the words marked', async ({ page }) => {
  // Words from the body of the drone-attack story, and of one update of the live blog of that night.
  await page.goto('/search?q=controlled+detonations');
  await expect(page.getByRole('status')).toHaveText(/^2 stories match/);
  expect(await marked(page)).toEqual(['controlled detonations', 'controlled detonations']);
  const story = results(page).filter({ has: page.getByRole('heading', { name: 'Iraqi prime minister unhurt after drone attack on his Baghdad home' }) });
  await expect(story).toContainText('these were later destroyed in controlled detonations');
  await expect(story.locator('time')).toHaveAttribute('datetime', '2021-11-07T09:00:00+03:00');
  const live = results(page).filter({ has: page.getByRole('heading', { name: /Drone attack on Iraqi prime minister’s home in Baghdad/ }) });
  await expect(live).toContainText('have since been destroyed in controlled detonations');
});

test('other forms of a word and its spelling without accents find it, and are marked as written', async ({ page }) => {
  await page.goto('/search?q=K%C4%81dhim%C4%AB+elections');
  await expect(page.getByRole('status')).toHaveText(/^\d+ stor(y matches|ies match) “Kādhimī elections”/);
  const words = await marked(page);
  expect(words.length).toBeGreaterThan(0);
  // "elect" is what the stemmer keeps of "elections": "electing" is one of its forms.
  for (const word of words) expect(word).toMatch(/^(Kadhimi|elect\w*)$/i);
});

test('a quoted phrase finds the words together, whole in every passage, and a prefix every word that begins so', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('"green zone"')}`);
  // The query's own quotes, not a second pair around them.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “green zone”');
  await expect(page.getByRole('status')).toHaveText(/^\d+ stor(y matches|ies match) “green zone”, best match first\.$/);
  const phrase = await marked(page);
  expect(phrase.length).toBeGreaterThan(1);
  // Never cut between its words, however the passage falls.
  for (const words of phrase) expect(words.toLowerCase()).toBe('green zone');

  await page.goto('/search?q=kadh*');
  await expect(page.getByRole('status')).toHaveText(/^\d+ stor(y matches|ies match) “kadh\*”/);
  const prefixed = await marked(page);
  expect(prefixed.length).toBeGreaterThan(0);
  for (const word of prefixed) expect(word).toMatch(/^kadh/i);
});

test('a misspelt search that finds nothing shows the correction’s results, with the way back to the words as typed', async ({ page }) => {
  await page.goto('/search?q=electon+results');
  await expect(page.getByText('Showing results for election results. Search instead for electon results')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “election results”');
  await expect(page.getByRole('status')).toHaveText(/^\d+ stor(y matches|ies match) “election results”/);
  expect(await results(page).count()).toBeGreaterThan(0);
  await expect(page.getByText(/Did you mean/)).toHaveCount(0);

  await page.getByRole('main').getByRole('link', { name: 'electon results' }).click();
  await expect(page).toHaveURL(/\/search\?q=electon\+results&verbatim=1$/);
  await expect(page.getByRole('status')).toHaveText('No stories match “electon results”. Try fewer or different words.');
  await expect(results(page)).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'election results' }).click();
  await expect(page).toHaveURL(/\/search\?q=election\+results$/);
  expect(await results(page).count()).toBeGreaterThan(0);
});

test('a live blog found by the words of one update links to that update, its title apart from its text', async ({ page }) => {
  await page.goto('/search?q=controlled+detonations');
  const live = results(page).filter({ has: page.getByRole('heading', { name: /Drone attack on Iraqi prime minister’s home in Baghdad/ }) });
  const update = live.getByRole('link', { name: /Security forces release images of the damage/ });
  await expect(update).toHaveAttribute('href', '/middle-east/2021/11/07/kadhimi-drone-attack-live/updates/2021-11-07T1630-images-released');
  await expect(update).toContainText('13:30 GMT');
  // The passage is the update's text alone: its title is not run into it.
  await expect(live.locator('mark')).toHaveText('controlled detonations');
  await expect(live.locator('p').filter({ has: page.locator('mark') })).not.toContainText('damage');
  await update.click();
  await expect(page.getByRole('heading', { name: 'Security forces release images of the damage' })).toBeVisible();
  await expect(page.getByText('have since been destroyed in controlled detonations')).toBeVisible();
});

test('"Did you mean" shows a name as the stories write it, even when the search already found them', async ({ page }) => {
  await page.goto('/search?q=kadhimy');
  expect(await results(page).count()).toBeGreaterThan(0);
  await expect(page.getByText('Did you mean Kadhimi?')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kadhimi', exact: true })).toHaveAttribute('href', '/search?q=Kadhimi');
});

test('a draft is never found, nor its words suggested', async ({ page }) => {
  // "What Iraq's next government will have to face" is a draft in the sample content, and the
  // only story with the word "arrangements".
  for (const query of ['"next government will have to face"', 'arrangements', 'arangements']) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toHaveText(/^No stories match/);
    await expect(page.getByText(/Did you mean/)).toHaveCount(0);
  }
});

test('says so when nothing matches, and keeps the query in the box', async ({ page }) => {
  await page.goto('/search?q=zanzibar+volleyball');
  await expect(page.getByRole('status')).toHaveText('No stories match “zanzibar volleyball”. Try fewer or different words.');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('search', { name: 'Search page' }).getByRole('searchbox')).toHaveValue('zanzibar volleyball');
});

test('an empty search shows the box and no results', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByRole('search', { name: 'Search page' })).toBeVisible();
  await expect(results(page)).toHaveCount(0);
});

test('search syntax, stray quotes, control characters and very long queries find nothing, with status 200', async ({ page }) => {
  for (const query of ['"', '*', '^', '((', '-', ':', '\u0000', '\u0007\u001b', '🙂', '%_%', 'q'.repeat(10 * 1024)]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
    expect(response?.status(), query.slice(0, 20)).toBe(200);
    await expect(page.getByRole('status')).toHaveText(/^No stories match “.*”\. Try fewer or different words\.$/);
    await expect(results(page)).toHaveCount(0);
  }
});

test('search operators are read as the words they are', async ({ page }) => {
  // "near" is a word of the sample stories: NEAR( finds the stories that use it, as "near" does.
  await page.goto('/search?q=near');
  const stories = await page.getByRole('status').innerText();
  expect(stories).toMatch(/^\d+ stor(y matches|ies match)/);
  const response = await page.goto(`/search?q=${encodeURIComponent('NEAR(')}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status')).toHaveText(stories.replace('“near”', '“NEAR(”'));
  for (const query of ['drone OR zanzibar', 'headline:zanzibar', 'drone -zanzibar']) {
    expect((await page.goto(`/search?q=${encodeURIComponent(query)}`))?.status()).toBe(200);
    await expect(page.getByRole('status')).toHaveText(/^No stories match/);
  }
});

test.describe('pages of results', () => {
  // 25 more stories than the sample content has, on a server of its own.
  const port = Number(process.env.E2E_PORT ?? 3100) + 230;
  let contentDir = '';
  let server: RunningServer | undefined;

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name === 'phone') return;
    test.setTimeout(120_000);
    contentDir = mkdtempSync(path.join(os.tmpdir(), 'masthead-search-'));
    cpSync(path.join(process.cwd(), 'content'), contentDir, { recursive: true });
    for (let n = 1; n <= 25; n++) {
      const id = `harbour-lighthouse-log-${n}`;
      writeFileSync(
        path.join(contentDir, 'articles', `${id}.mdx`),
        [
          '---',
          `id: ${id}`,
          `headline: ${JSON.stringify(`Harbour Log, Week ${n}: Ships Pass the Lighthouse`)}`,
          'standfirst: The port authority publishes how many ships passed the lighthouse each week.',
          // Weeks before the suite's clock (MASTHEAD_NOW), so every one of them is published.
          `publishedAt: 2021-09-${String(n).padStart(2, '0')}T09:00:00+03:00`,
          'authors: [middle-east-desk]',
          'section: middle-east',
          'image:',
          '  src: /images/green-zone-map.png',
          '  alt: Schematic map of a city centre on a river bend',
          '  caption: The harbour district',
          '  credit: Masthead graphics',
          '---',
          '',
          `In week ${n} the lighthouse keepers counted the ships entering and leaving the harbour.`,
          '',
        ].join('\n'),
      );
    }
    checkContentInto(contentDir, path.join(contentDir, '.store', 'content.db'));
    server = await startProductionServer(port, { MASTHEAD_CONTENT_STORE: path.join(contentDir, '.store', 'content.db') });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  });

  test('go forward and back twenty at a time, and a page past the end is not found', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'the pages are the same at every width, and one extra server is enough');
    const base = server?.url ?? '';
    await page.goto(`${base}/search?q=lighthouse`);
    await expect(page.getByRole('status')).toHaveText('25 stories match “lighthouse”, best match first.');
    await expect(results(page)).toHaveCount(20);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages).toContainText('Page 1 of 2');

    // Results below the screen are laid out as they near it: click once the link is still.
    await clickWhenStill(pages.getByRole('link', { name: 'More results' }));
    await expect(page).toHaveURL(/\/search\?q=lighthouse&page=2$/);
    await expect(results(page)).toHaveCount(5);
    await expect(pages).toContainText('Page 2 of 2');
    await expect(pages.getByRole('link', { name: 'More results' })).toHaveCount(0);

    await clickWhenStill(pages.getByRole('link', { name: 'Better matches' }));
    await expect(page).toHaveURL(/\/search\?q=lighthouse$/);
    await expect(results(page)).toHaveCount(20);

    expect((await page.goto(`${base}/search?q=lighthouse&page=3`))?.status()).toBe(404);
  });
});
