import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { article } from '../testing/content-files';
import { checkContentInto, copyBuild, startProductionServer, type RunningServer } from '../testing/server';
import { startVarnish, varnishBinary, type RunningVarnish } from '../testing/varnish';

// docs/varnish/masthead.vcl in front of a server of its own (a copy of the build and of the
// content, so what this file publishes reaches no other spec), as docs/deploy.md says to try it.
// Varnish listens on 3700 (E2E_PORT + 600), outside every port the suite's servers use.
// Varnish and varnish-modules must be installed (.ci/run installs them). Expectations come from
// the content files (testing/content-files.ts) or are written out.

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.skip(!varnishBinary && !process.env.CI, 'Varnish is not installed here (apt-get install varnish varnish-modules); CI installs it');

const CHANGED = 'baghdad-tightens-green-zone-security';
const UNRELATED = 'sadrists-top-iraq-election-results';
const GONE = 'us-combat-mission-in-iraq-to-end';
const HEADLINE = 'Checkpoints ring the Green Zone as Baghdad tightens its security';

let contentDir = '';
let build = '';
let server: RunningServer | undefined;
let varnish: RunningVarnish | undefined;

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name === 'phone') return;
  contentDir = mkdtempSync(path.join(os.tmpdir(), 'masthead-varnish-'));
  cpSync(path.join(process.cwd(), 'content'), contentDir, { recursive: true });
  const store = path.join(contentDir, '.store', 'content.db');
  checkContentInto(contentDir, store);
  build = path.join('test-results', 'varnish-build');
  copyBuild(build);
  const port = Number(process.env.E2E_PORT ?? 3100);
  server = await startProductionServer(port + 280, { MASTHEAD_DIST_DIR: build, MASTHEAD_CONTENT_STORE: store });
  varnish = await startVarnish(port + 600, new URL(server.url), path.join(process.cwd(), 'test-results', 'varnish'));
});

test.afterAll(async () => {
  varnish?.stop();
  await server?.stop();
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  if (build) rmSync(build, { recursive: true, force: true });
});

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'one Varnish is enough: it speaks HTTP, not to a browser');
});

/** `npm run content:publish` of the copied tree into the store its server reads, purging Varnish; with no instance named, it finds the server itself. */
function publish(): string {
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'scripts/content-check.ts',
      contentDir,
      '--store',
      path.join(contentDir, '.work', 'content.db'),
      '--publish',
      '--to',
      path.join(contentDir, '.store', 'content.db'),
      '--purge-varnish',
      varnish?.base ?? '',
    ],
    { encoding: 'utf8' },
  );
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).toBe(0);
  return output;
}

/** Rewrites a line of a story's frontmatter in the copied tree. */
function editStory(id: string, change: (text: string) => string): void {
  const file = path.join(contentDir, 'articles', article(id).file);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

const at = (sitePath: string) => `${varnish?.base ?? ''}${sitePath}`;
const cacheOf = async (sitePath: string, headers: Record<string, string> = {}) => (await fetch(at(sitePath), { headers })).headers.get('x-cache');

test('a change published through Varnish is at its address at once, while an unrelated page stays a cache hit', async () => {
  const changed = article(CHANGED).path;
  const unrelated = article(UNRELATED).path;
  for (const page of [changed, unrelated]) {
    expect(await cacheOf(page)).toBe('MISS');
    expect(await cacheOf(page)).toBe('HIT');
  }
  // A cookie the site does not read splits no cache entry.
  expect(await cacheOf(unrelated, { Cookie: 'theme=dark' })).toBe('HIT');

  editStory(CHANGED, (text) => text.replace(/^headline: .*$/m, `headline: ${HEADLINE}`));
  const output = publish();
  expect(output).toContain(`Regenerated on ${server?.url ?? ''}`);
  expect(output).toContain(changed);
  expect(output).toContain(`Purged from Varnish at ${varnish?.base ?? ''}: `);

  await expect.poll(async () => (await (await fetch(at(changed))).text()).includes(HEADLINE), { timeout: 2_000, intervals: [100] }).toBe(true);
  const fresh = await fetch(at(changed));
  expect(fresh.headers.get('x-cache')).toBe('HIT');
  expect(await cacheOf(unrelated)).toBe('HIT');
});

test('readers get the site’s security headers and cache policy through Varnish, and never its surrogate keys', async () => {
  const page = await fetch(at(article(UNRELATED).path));
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(page.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  expect(page.headers.get('cache-control')).toContain('stale-if-error=86400');
  for (const name of ['surrogate-key', 'xkey', 'cache-tag', 'x-masthead-swr']) expect(page.headers.get(name), name).toBeNull();
  // At the origin, the keys are there for the cache to read.
  const origin = await fetch(`${server?.url ?? ''}${article(UNRELATED).path}`);
  expect(origin.headers.get('surrogate-key')?.split(' ')).toContain(`article:${UNRELATED}`);
});

test('a story taken down answers 410 through Varnish as soon as it is published, and leaves the feeds and sitemaps', async () => {
  const gone = article(GONE).path;
  expect((await fetch(at(gone))).status).toBe(200);
  expect(await cacheOf(gone)).toBe('HIT');
  for (const list of ['/feed.xml', '/sitemaps/articles-1.xml']) expect(await (await fetch(at(list))).text(), list).toContain(gone);

  editStory(GONE, (text) => text.replace(/^---\n/, `---\ntakedown:\n  at: 2021-11-09T17:00:00+03:00\n  by: Legal desk\n  reason: Court order\n`));
  publish();

  const answer = await fetch(at(gone));
  expect(answer.status).toBe(410);
  const body = await answer.text();
  expect(body).toContain('This story has been removed');
  expect(body).not.toContain(article(GONE).headline);
  expect(answer.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
  for (const list of ['/feed.xml', '/sitemaps/articles-1.xml']) expect(await (await fetch(at(list))).text(), list).not.toContain(gone);
});

test('the revalidation endpoint answers anyone without the secret as an address that names nothing', async () => {
  const origin = server?.url ?? '';
  const nothing = await fetch(`${origin}/no-such-page`);
  for (const [method, headers] of [
    ['GET', {}],
    ['POST', {}],
    ['POST', { Authorization: 'Bearer not-the-secret' }],
  ] satisfies [string, Record<string, string>][]) {
    const answer = await fetch(`${origin}/api/revalidate`, { method, headers: { ...headers, 'Content-Type': 'application/json' }, ...(method === 'POST' ? { body: '{"paths":["/"],"keys":[]}' } : {}) });
    expect(answer.status, `${method} ${JSON.stringify(headers)}`).toBe(404);
    expect(answer.headers.get('cache-control')).toBe(nothing.headers.get('cache-control'));
    expect(answer.headers.get('content-security-policy')).toBe(nothing.headers.get('content-security-policy'));
  }
  expect(server?.output()).not.toContain('not-the-secret');
});
