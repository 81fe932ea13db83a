import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { checkContentInto, startProductionServer, startServer, type RunningServer } from '../testing/server';

// Each test here runs a production server of its own (the build `npm test` made) on a spare
// port, so that it can change what the server reads or where it may write.
test.describe.configure({ mode: 'serial' });

const root = process.cwd();
const next = path.join(root, 'node_modules/next/dist/bin/next');
const port = Number(process.env.E2E_PORT ?? 3100) + 201;

function article(id: string, headline: string, standfirst: string, body: string): string {
  return [
    '---',
    `id: ${id}`,
    `headline: ${JSON.stringify(headline)}`,
    `standfirst: ${JSON.stringify(standfirst)}`,
    // Before the suite's clock (MASTHEAD_NOW), so both stories are published.
    'publishedAt: 2021-11-09T10:00:00+00:00',
    'authors: [middle-east-desk]',
    'section: middle-east',
    'tags: [Iraq, "</script><script>x=3</script>"]',
    'image:',
    '  src: /images/green-zone-map.png',
    `  alt: ${JSON.stringify('A map"><img src=x onerror="window.__pwned = 4">')}`,
    '  caption: The Green Zone',
    '  credit: Masthead graphics',
    '---',
    '',
    body,
    '',
  ].join('\n');
}

const hostilePath = '/middle-east/2021/11/09/a-hostile-headline';
const doomedPath = '/middle-east/2021/11/09/a-story-corrupted-after-build';

test.describe('content that arrives after the build', () => {
  let contentDir = '';
  let store = '';
  let server: RunningServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // A newsroom with two stories the build has never seen, checked into a content store of
    // its own that the server is pointed at: both are rendered on first request.
    contentDir = mkdtempSync(path.join(os.tmpdir(), 'masthead-content-'));
    store = path.join(`${contentDir}-store`, 'content.db');
    cpSync(path.join(root, 'content'), contentDir, { recursive: true });
    writeFileSync(
      path.join(contentDir, 'articles/a-hostile-headline.mdx'),
      article(
        'a-hostile-headline',
        'Officials quote "</script><script>window.__pwned = 1</script>" & more',
        'A standfirst with <img src=x onerror="window.__pwned = 2"> in it.',
        'The body shows \\<script>window.__pwned = 5\\</script> as text.',
      ),
    );
    writeFileSync(
      path.join(contentDir, 'articles/a-story-corrupted-after-build.mdx'),
      article('a-story-corrupted-after-build', 'A story that breaks', 'Its file is damaged after the index is read.', 'Body text.'),
    );
    checkContentInto(contentDir, store);
    server = await startProductionServer(port, { MASTHEAD_CONTENT_STORE: store });
  });

  test.afterAll(async () => {
    await server?.stop();
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(path.dirname(store), { recursive: true, force: true });
  });

  test('hostile text in every field renders as text, runs nothing and breaks no policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('dialog', (d) => violations.push(`dialog: ${d.message()}`));
    const response = await page.goto(`${server?.url}${hostilePath}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    // Headlines are set with typographic quotes; the markup inside stays text.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Officials quote “</script><script>window.__pwned = 1</script>” & more');
    await expect(page.getByText('A standfirst with <img src=x onerror=”window.__pwned = 2”> in it.')).toBeVisible();
    await expect(page.getByText('The body shows <script>window.__pwned = 5</script> as text.')).toBeVisible();
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
    expect(await page.locator('img[onerror], [onerror], [onload]').count()).toBe(0);
    const html = await (await fetch(`${server?.url}${hostilePath}`)).text();
    expect(html).not.toContain('<script>window.__pwned');
    expect(violations).toEqual([]);
  });

  test('an exception while rendering shows the error page with status 500 and logs the cause', async ({ page }) => {
    // The store lists the story; now its stored body is damaged, as a bad copy or a full
    // disk might leave it.
    const db = new Database(store);
    db.prepare("UPDATE bodies SET tree = x'00' WHERE file = 'articles/a-story-corrupted-after-build.mdx'").run();
    db.close();
    // The server reads its own copy: it takes the store written over in place once it has
    // copied it and found it whole as a database, a moment after a question (a search asks one).
    await expect
      .poll(async () => {
        await fetch(`${server?.url}/search?q=story`);
        return server?.output() ?? '';
      })
      .toContain('was written over in place; the new one is whole');
    const response = await page.goto(`${server?.url}${doomedPath}`);
    expect(response?.status()).toBe(500);
    // No cache in front may keep an error.
    expect(response?.headers()['cache-control']).toBe('no-store');
    await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Masthead');
    const body = await page.content();
    expect(body).not.toMatch(/unexpected end of file|\.mdx|\.db|node_modules|\n\s+at /i);
    await expect.poll(() => server?.output() ?? '').toMatch(/unexpected end of file/i);
    // Other pages keep serving.
    expect((await fetch(`${server?.url}${hostilePath}`)).status).toBe(200);
  });
});

test('the server starts and serves with a read-only filesystem apart from .next/cache', async ({ page }) => {
  test.setTimeout(120_000);
  // A private mount namespace (as an unprivileged user namespace, so no real root is needed):
  // a fresh, empty, writable directory is mounted over .next/cache, then the whole filesystem,
  // this project included, is remounted read-only. The server runs inside it.
  const cache = mkdtempSync(path.join(os.tmpdir(), 'masthead-cache-'));
  const script = [
    'set -e',
    `mount --bind "${cache}" "${root}/.next/cache"`,
    'mount --bind / / 2>/dev/null || true',
    'mount -o remount,bind,ro /',
    `if touch "${root}/.next/ro-probe" 2>/dev/null; then echo "still writable" >&2; exit 3; fi`,
    `touch "${root}/.next/cache/rw-probe"`,
    `exec "${process.execPath}" "${next}" start -p ${port + 1} -H 127.0.0.1`,
  ].join('\n');
  const server = await startServer('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {}, port + 1);
  try {
    for (const url of ['/', '/middle-east', '/middle-east/2021/11/07/kadhimi-survives-drone-attack']) {
      const response = await page.goto(`${server.url}${url}`);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    expect((await page.goto(`${server.url}/middle-east/2021/11/07/no-such-story`))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    // The image optimiser writes its cache: the one place it may.
    const image = await fetch(`${server.url}/_next/image?url=%2Fimages%2Fgreen-zone-map.png&w=640&q=75`);
    expect(image.status).toBeLessThan(500);
    expect(server.output()).not.toMatch(/EROFS.*\.next\/cache/);
  } finally {
    await server.stop();
    rmSync(cache, { recursive: true, force: true });
  }
});
