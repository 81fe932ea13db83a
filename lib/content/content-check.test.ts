import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run content:check` as editors run it: the output and the exit code. */

const root = path.join(__dirname, '..', '..');
const fixtures = path.join(__dirname, 'fixtures');
const trees: string[] = [];

function tree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-check-'));
  trees.push(dir, `${dir}-store`);
  cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
  return dir;
}

/** The check of `dir`, keeping its store beside the tree rather than in the project's build cache. */
function check(dir: string, ...options: string[]) {
  const args = ['scripts/content-check.ts', dir, '--store', `${dir}-store/content.db`, ...options];
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, PUBLIC_DIR: path.join(fixtures, 'public'), MASTHEAD_NOW: '2026-06-01T12:00:00Z' },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const read = (name: string) => readFileSync(path.join(fixtures, 'invalid', `${name}.mdx`), 'utf8');
// Each run starts tsx in a new process: seconds on a busy machine.
const SLOW = 60_000;

afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

describe('npm run content:check', () => {
  it('prints every problem as path:line:column  field  message with a count, and fails on errors', () => {
    const dir = tree();
    for (const name of ['hero-too-narrow', 'long-headline']) writeFileSync(path.join(dir, 'articles', `${name}.mdx`), read(name));
    const { status, out, err } = check(dir);
    expect(status).toBe(1);
    const label = path.relative(root, dir);
    expect(out).toContain(`error    ${label}/articles/hero-too-narrow.mdx:10:3  image.src  public/images/narrow.svg is 800 px wide`);
    expect(out).toContain(`warning  ${label}/articles/long-headline.mdx:3:1  headline  is `);
    expect(out).toContain('1 error, 1 warning');
    expect(err).toContain('Content check failed');
  }, SLOW);

  it('passes with warnings only', () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'articles', 'long-headline.mdx'), read('long-headline'));
    const { status, out } = check(dir);
    expect(status).toBe(0);
    expect(out).toContain('0 errors, 1 warning');
    expect(out).toMatch(/Content OK: 4 articles \(0 drafts, 0 scheduled\)/);
  }, SLOW);
});
