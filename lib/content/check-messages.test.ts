import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStoreForReading } from './store/schema';
import { damagedCopy } from '../../testing/damaged-store';

/**
 * What `npm run content:check` tells an editor about an image linked from another site and
 * about a working store damaged on disk: the file, the field and what to do, or what it did.
 */

const root = path.join(__dirname, '..', '..');
const fixtures = path.join(__dirname, 'fixtures');
const trees: string[] = [];
// Each run starts tsx in a new process: seconds on a busy machine.
const SLOW = 60_000;

function tree(): { dir: string; store: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-messages-'));
  trees.push(dir, `${dir}-store`);
  cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
  return { dir, store: path.join(`${dir}-store`, 'content.db') };
}

function check(dir: string, store: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/content-check.ts'), dir, '--store', store], {
    cwd: root,
    env: { ...process.env, PUBLIC_DIR: path.join(fixtures, 'public'), MASTHEAD_NOW: '2026-06-01T12:00:00Z' },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

const OFF_SITE = 'expected a path under /images/, not a link: pages show images from this site only, so save the file in public/images/ and write its path, e.g. /images/baghdad-map.png';

describe('an image linked from another site', () => {
  it('is named with its file, line and field, and what to do instead, once', () => {
    const { dir, store } = tree();
    const alpha = path.join(dir, 'articles', 'alpha.mdx');
    writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('  src: /images/hero.svg', '  src: https://evil.example/hero.png'));
    const beta = path.join(dir, 'articles', 'beta.mdx');
    const line = readFileSync(beta, 'utf8').split('\n').length + 2;
    appendFileSync(
      beta,
      '\n<Gallery caption="Two">\n<Figure src="https://evil.example/a.png" alt="A" caption="B" credit="C" />\n<Figure src="/images/hero.svg" alt="A" caption="B" credit="C" />\n</Gallery>\n',
    );
    const { status, out } = check(dir, store);
    expect(status).toBe(1);
    const label = path.relative(root, dir);
    expect(out).toContain(`error    ${label}/articles/alpha.mdx:11:3  image.src  ${OFF_SITE}`);
    expect(out).toContain(`error    ${label}/articles/beta.mdx:${line}:1  <Figure> src  ${OFF_SITE}`);
    expect(out).not.toContain('no image at public');
    expect(out).toContain('2 errors');
  }, SLOW);
});

describe('a working store damaged on disk', () => {
  it('is named, set aside, and every file checked again into a whole new one', () => {
    const { dir, store } = tree();
    expect(check(dir, store).status).toBe(0);
    const good = `${store}.good`;
    cpSync(store, good);
    damagedCopy(good, store);
    const { status, out } = check(dir, store);
    expect(status).toBe(0);
    expect(out).toMatch(new RegExp(`The previous content store ${path.relative(root, store).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} was not used \\(it is damaged: [^\\n]+\\): every file was checked again, into a new one\\.`));
    expect(out).toMatch(/Content OK: 3 articles .*all \d+ files checked/);
    openStoreForReading(store, { rebuild: 'npm run content:check', whole: true }).close();
  }, SLOW);
});
