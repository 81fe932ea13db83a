import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { liveBlog, testNow } from '../testing/content-files';
import { clickWhenStill } from '../testing/click';
import { writeLiveBlog } from '../testing/live-blog-files';
import { checkContentInto, copyBuild, startProductionServer, type RunningServer } from '../testing/server';

// A live blog still running at the suite's clock, with 45 updates (more than two pages), on a
// server of its own: the sample newsroom plus this blog (testing/live-blog-files.ts), on a copy
// of the build, so the pages it renders and remakes stay in that copy: a second run on the same
// build starts from the pages the build made, and no other spec's server sees this blog.
// Expectations are read back from those files (testing/content-files.ts) or stated literally.

// One server, so one worker runs these in turn; a page remade on a busy machine may take a while.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const ID = 'harbour-storm-live';
const UPDATES = 45;
let contentDir = '';
let build = '';
let server: RunningServer | undefined;
let base = '';

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name === 'phone') return;
  test.setTimeout(120_000);
  contentDir = mkdtempSync(path.join(os.tmpdir(), 'masthead-live-'));
  cpSync(path.join(process.cwd(), 'content'), contentDir, { recursive: true });
  writeLiveBlog(contentDir, { id: ID, headline: 'Storm Closes the Harbour of Basra, as It Happens', start: '2021-11-09T10:00:00+03:00', updates: UPDATES });
  const store = path.join(contentDir, '.store', 'content.db');
  checkContentInto(contentDir, store);
  // A repeated run (--repeat-each) may run beside this one: a build copy and a port of its own.
  build = path.join('test-results', `live-pages-build-${testInfo.repeatEachIndex}`);
  copyBuild(build);
  const port = Number(process.env.E2E_PORT ?? 3100) + 240 + testInfo.repeatEachIndex;
  server = await startProductionServer(port, { MASTHEAD_DIST_DIR: build, MASTHEAD_CONTENT_STORE: store });
  base = server.url;
});

test.afterAll(async () => {
  await server?.stop();
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  if (build) rmSync(build, { recursive: true, force: true });
});

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'one extra server is enough; the pages are the same at every width');
});

const blog = () => liveBlog(ID, contentDir);
const updateIds = (page: Page) => page.getByRole('region', { name: 'Updates' }).getByRole('article').evaluateAll((list) => list.map((a) => a.id));

test('the newest updates are at the live blog’s address, older ones twenty to a page counted from the first, by direction in time', async ({ page }) => {
  const { path: BLOG, updates } = blog();
  expect(updates).toHaveLength(UPDATES);
  await page.goto(`${base}${BLOG}`);
  // 45 updates: the newest 5 and the 20 before them here, the first 20 on page 1.
  expect(await updateIds(page)).toEqual(updates.slice(0, 25).map((u) => `update-${u.id}`));
  const pages = page.getByRole('navigation', { name: 'Live blog pages' });
  await clickWhenStill(pages.getByRole('link', { name: 'Older' }));
  await expect(page).toHaveURL(`${base}${BLOG}/page/1`);
  expect(await updateIds(page)).toEqual(updates.slice(25).map((u) => `update-${u.id}`));
  await expect(pages).toContainText('Updates from');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Storm Closes the Harbour of Basra, as It Happens');
  await clickWhenStill(pages.getByRole('link', { name: 'Latest updates' }));
  await expect(page).toHaveURL(`${base}${BLOG}`);

  // Page 2 is still shown at the live blog's address: its number leads there, for now.
  await page.goto(`${base}${BLOG}/page/2`);
  await expect(page).toHaveURL(`${base}${BLOG}`);
  for (const n of ['4', '01', '0', 'two']) expect((await page.request.get(`${base}${BLOG}/page/${n}`)).status(), n).toBe(404);
});

test('an update’s permalink finds it on the older page that holds it, at its anchor', async ({ page }) => {
  const { path: BLOG, updates } = blog();
  const early = updates[updates.length - 5];
  await page.goto(`${base}${BLOG}/updates/${early?.id}`);
  await expect(page).toHaveURL(`${base}${BLOG}/page/1#update-${early?.id}`);
  await expect(page.locator(`[id="update-${early?.id}"]`)).toBeInViewport();
});

test('a reader with the page open is offered the new updates, and the button brings them in', async ({ page }) => {
  const { path: BLOG, updates } = blog();
  const newest = Date.parse(updates[0]?.at ?? '');
  await page.clock.install({ time: testNow() });
  // The feed as it will be: two updates newer than the page's newest.
  await page.route(`${base}${BLOG}/feed.json`, async (route) => {
    const feed = await (await route.fetch()).json();
    const later = [2, 1].map((m) => ({ id: `later-${m}`, url: `${base}${BLOG}/updates/later-${m}`, date_published: new Date(newest + m * 60_000).toISOString() }));
    await route.fulfill({ json: { ...feed, items: [...later, ...feed.items] } });
  });
  // The clock stands still while the page loads: the page asks 30 s after it loaded, however long that took.
  await page.clock.pauseAt(testNow().getTime() + 1_000);
  await page.goto(`${base}${BLOG}`);
  const notice = page.getByRole('status').filter({ has: page.getByRole('button') });
  await expect(page.getByRole('button', { name: /new update/ })).toHaveCount(0);
  await page.clock.fastForward(29_000);
  await expect(page.getByRole('button', { name: /new update/ })).toHaveCount(0);
  await page.clock.fastForward(2_000);
  const button = notice.getByRole('button', { name: '2 new updates' });
  await expect(button).toBeVisible();
  // The page itself has them once the server has remade it: the button asks for it, then reloads.
  await page.route(`${base}${BLOG}`, async (route) => {
    if (route.request().isNavigationRequest()) return route.fallback();
    await route.fulfill({ body: `<section data-live-latest="${new Date(newest + 120_000).toISOString()}"></section>`, contentType: 'text/html' });
  });
  const reloaded = page.waitForEvent('load');
  await button.focus();
  await page.keyboard.press('Enter');
  await reloaded;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('fronts show the running live blog with LIVE and the time of its latest update', async ({ page, request }) => {
  // Up to a minute for the front to be remade, then the page itself.
  test.setTimeout(120_000);
  const { headline } = blog();
  // The front was made at build without this blog: it is served once more while it is remade.
  await expect
    .poll(async () => (await (await request.get(`${base}/`)).text()).includes(headline), { timeout: 60_000, intervals: [1_000, 2_000, 5_000] })
    .toBe(true);
  await page.clock.install({ time: testNow() });
  await page.goto(`${base}/`);
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: headline }) }).first();
  // 45 updates, eight minutes apart from 10:00 Baghdad time: the last at 16:00, 13:00 GMT.
  await expect(card).toContainText('Live');
  await expect(card).toContainText('Latest update 13:00 GMT, Tue 9 Nov');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the running live blog and its older page have no WCAG 2.1 A or AA violations in ${colorScheme} mode`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const url of [blog().path, `${blog().path}/page/1`]) {
      await page.goto(`${base}${url}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), url).toEqual([]);
    }
  });
}

/** `npm run content:publish` of the tree into the store the server reads, through a working store of its own. */
function publish(): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts', contentDir, '--store', path.join(contentDir, '.work', 'content.db'), '--publish', '--to', path.join(contentDir, '.store', 'content.db')],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('an update published without a build reaches readers as the page revalidates; one needing new headers waits for a build', async ({ page, request }) => {
  test.setTimeout(180_000);
  const { path: BLOG } = blog();
  const updates = path.join(contentDir, 'live', ID, 'updates');

  // A player the page's headers were not built to allow: named, and nothing published.
  const embedded = path.join(updates, '2021-11-09T1602-harbour-video.mdx');
  writeFileSync(embedded, '---\nat: 2021-11-09T16:02:00+03:00\nauthor: middle-east-desk\n---\n\n<Embed url="https://www.youtube.com/watch?v=M7lc1UVf-VE" caption="The harbour at noon" credit="Port authority" />\n');
  const refused = publish();
  expect(refused.status, refused.output).toBe(2);
  expect(refused.output).toContain(`live/${ID}/index.mdx: ${BLOG} needs headers the deployed build does not have: it would frame https://www.youtube-nocookie.com`);
  expect(refused.output).toContain('Not published');
  rmSync(embedded);

  writeFileSync(path.join(updates, '2021-11-09T1604-cranes-back.mdx'), '---\nat: 2021-11-09T16:04:00+03:00\ntitle: The cranes are moving again\nauthor: middle-east-desk\n---\n\nThe wind has dropped below the limit and the first container ship is being unloaded.\n');
  const published = publish();
  expect(published.status, published.output).toBe(0);
  expect(published.output).toContain('Published to');

  // The page made before is served once more while it is remade from the new store.
  await expect
    .poll(async () => (await (await request.get(`${base}${BLOG}`)).text()).includes('The cranes are moving again'), { timeout: 90_000, intervals: [2_000, 5_000] })
    .toBe(true);
  await page.goto(`${base}${BLOG}`);
  const newest = page.getByRole('region', { name: 'Updates' }).getByRole('article').first();
  await expect(newest.getByRole('heading')).toHaveText('The cranes are moving again');
  await expect(newest).not.toContainText('The harbour at noon');
  await expect
    .poll(async () => (await (await request.get(`${base}${BLOG}/feed.json`)).json()).items[0]?.title, { timeout: 60_000, intervals: [2_000, 5_000] })
    .toBe('The cranes are moving again');
});
