import { copyFileSync, cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { damagedCopy } from '../testing/damaged-store';
import { runLoad } from '../testing/load';
import { checkContentInto, startProductionServer, type RunningServer } from '../testing/server';

// A server under load whose content store is written over in place with a damaged one, as a
// careless copy would, then replaced by a damaged one renamed over it, as publishing renames,
// and at last by a good one with a new story. Its one-second cache is off, so every request reads
// the store: the server must answer every one of them, never with a 5xx, say what happened in
// its log, and answer from the good store once it is there (SECURITY.md, docs/decisions/0012).
test.describe.configure({ mode: 'serial' });

const port = Number(process.env.E2E_PORT ?? 3100) + 270;
const NEW_STORY = { id: 'cranes-return-to-the-harbour', path: '/world/2021/11/09/cranes-return-to-the-harbour' };
/** Search renders for each request; the rest revalidate from the store; the news sitemap is made for each request. */
const MIX = ['/search?q=drone', '/search?q=iraq', '/middle-east/2021/11/07/kadhimi-survives-drone-attack', '/middle-east', '/', '/news-sitemap.xml', '/middle-east/feed.xml', '/tags/iraq'];

let dir = '';
let server: RunningServer | undefined;

test.afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a damaged store written over a running server’s in place, then renamed over it, costs no answer: 0 errors and 0 5xx under load', async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one server of its own is enough');
  test.setTimeout(150_000);
  dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-swap-'));
  const store = path.join(dir, 'served', 'content.db');
  const good = path.join(dir, 'good', 'content.db');
  const next = path.join(dir, 'next', 'content.db');
  checkContentInto('content', good);
  // The same newsroom with one more story: the store published last.
  const content = path.join(dir, 'content');
  cpSync('content', content, { recursive: true });
  writeFileSync(
    path.join(content, 'articles', `${NEW_STORY.id}.mdx`),
    [
      '---',
      `id: ${NEW_STORY.id}`,
      'headline: Cranes Return to the Harbour',
      'standfirst: Work resumes at the port after the storm.',
      'publishedAt: 2021-11-09T10:00:00+00:00',
      'authors: [world-desk]',
      'section: world',
      'image:',
      '  src: /images/green-zone-map.png',
      '  alt: A map of the district',
      '  caption: The district',
      '  credit: Masthead graphics',
      '---',
      '',
      'The cranes moved again on Tuesday.',
      '',
    ].join('\n'),
  );
  checkContentInto(content, next);
  const damaged = damagedCopy(good, path.join(dir, 'damaged.db'));
  cpSync(path.dirname(good), path.dirname(store), { recursive: true });
  server = await startProductionServer(port, { MASTHEAD_CONTENT_STORE: store, MASTHEAD_RESPONSE_CACHE: 'off' });
  const running = server;
  expect((await fetch(`${running.url}${NEW_STORY.path}`)).status).toBe(404);

  const later = (seconds: number, act: () => void) => new Promise<void>((resolve) => setTimeout(() => resolve(act()), seconds * 1000));
  const [load] = await Promise.all([
    runLoad({ baseUrl: running.url, connections: 16, duration: 12, urls: MIX }),
    // Over the file the server's copy was made from, in place: what `cp` does.
    later(2, () => copyFileSync(damaged, store)),
    // A new file renamed over it, as publishing does.
    later(5, () => {
      copyFileSync(damaged, `${store}.new`);
      renameSync(`${store}.new`, store);
    }),
    later(8, () => {
      copyFileSync(next, `${store}.new`);
      renameSync(`${store}.new`, store);
    }),
  ]);
  testInfo.annotations.push({ type: 'measured', description: `${load.requests} requests: ${JSON.stringify(load.statuses)}, errors ${load.errors}, timeouts ${load.timeouts}` });
  expect(load.requests).toBeGreaterThan(100);
  expect(load.serverErrors).toBe(0);
  expect(load.errors).toBe(0);
  expect(load.timeouts).toBe(0);
  expect(Object.keys(load.statuses)).toEqual(['200']);

  // The log says what happened, each once, and what the server did about it.
  const log = running.output();
  const said = (text: string) => log.split(text).length - 1;
  expect(said(`The content store ${store} was replaced, and the new one cannot be used. The content store ${store} is damaged`)).toBe(1);
  expect(said(`The content store ${store} was written over in place, and the new one cannot be used.`)).toBe(1);
  expect(said('This server goes on answering from its own copy of the store it had')).toBe(2);
  expect(said(`The content store ${store} was replaced; the new one is whole and is answered from now on.`)).toBe(1);
  expect(log).not.toMatch(/malformed|SqliteError|still answering from the previous one/);
  // The good store is answered from: the new story is there.
  await expect.poll(async () => (await fetch(`${running.url}${NEW_STORY.path}`)).status, { timeout: 10_000 }).toBe(200);
});
