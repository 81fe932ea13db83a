import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpStore } from './store/dump';

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
  return checkFrom(root, dir, ...options);
}

function checkFrom(cwd: string, dir: string, ...options: string[]) {
  const args = [path.join(root, 'scripts/content-check.ts'), dir, '--store', `${dir}-store/content.db`, ...options];
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), ...args], {
    cwd,
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

  it('checks again only what changed, every file with --full, and leaves the store as it was when a check fails', () => {
    const dir = tree();
    expect(check(dir).out).toContain('all 3 files checked');
    const beta = path.join(dir, 'articles', 'beta.mdx');
    writeFileSync(beta, readFileSync(beta, 'utf8').replace(/^headline: .*$/m, 'headline: Beta, revised'));
    expect(check(dir).out).toContain('1 of 3 files checked again, 0 removed');
    expect(check(dir, '--full').out).toContain('all 3 files checked');
    const store = `${dir}-store/content.db`;
    const before = readFileSync(store);
    writeFileSync(path.join(dir, 'articles', 'hero-too-narrow.mdx'), read('hero-too-narrow'));
    const failed = check(dir);
    expect(failed.status).toBe(1);
    expect(failed.err).toContain(`Nothing was built; ${path.relative(root, store)} is as it was.`);
    expect(readFileSync(store).equals(before)).toBe(true);
  }, SLOW);

  it('writes the same store whether worker threads check the files or this one does', () => {
    const dir = tree();
    for (const name of ['long-headline', 'alt-equals-caption']) writeFileSync(path.join(dir, 'articles', `${name}.mdx`), read(name));
    const inline = check(dir, '--full', '--workers', '0');
    const threads = checkFrom(root, dir, '--full', '--workers', '2', '--store', `${dir}-store/threads.db`);
    expect(threads.status).toBe(0);
    expect(threads.out).toBe(inline.out.replace(/\(\d+ ms;/, threads.out.match(/\(\d+ ms;/)?.[0] ?? ''));
    const [a, b] = [new Database(`${dir}-store/content.db`, { readonly: true }), new Database(`${dir}-store/threads.db`, { readonly: true })];
    expect(dumpStore(b)).toEqual(dumpStore(a));
    a.close();
    b.close();
  }, SLOW);

  it('prints problems as GitHub Actions annotations with paths from the repository root', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'masthead-repo-'));
    trees.push(repo);
    mkdirSync(path.join(repo, '.git'));
    const dir = path.join(repo, 'site', 'content');
    cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
    for (const name of ['hero-too-narrow', 'long-headline']) writeFileSync(path.join(dir, 'articles', `${name}.mdx`), read(name));
    const { status, out } = checkFrom(path.join(repo, 'site'), dir, '--format', 'github');
    expect(status).toBe(1);
    const lines = out.split('\n').filter((l) => l.startsWith('::'));
    expect(lines).toEqual([
      '::error file=site/content/articles/hero-too-narrow.mdx,line=10,col=3,title=image.src::public/images/narrow.svg is 800 px wide; a hero image needs at least 1200 px',
      expect.stringMatching(/^::warning file=site\/content\/articles\/long-headline\.mdx,line=3,col=1,title=headline::is \d+ characters; keep it within 110/),
    ]);
  }, SLOW);
});

describe('npm run content:publish', () => {
  /** A deployed build's server store with the page facts its headers were made from, as postbuild leaves them. */
  function deployed(): { dir: string; store: string; facts: string } {
    const dir = tree();
    const server = path.join(`${dir}-store`, 'server');
    expect(check(dir).status).toBe(0);
    mkdirSync(server, { recursive: true });
    cpSync(path.join(`${dir}-store`, 'content.db'), path.join(server, 'content.db'));
    writeFileSync(path.join(server, 'page-facts.json'), '{"framed":[],"live":[]}\n');
    return { dir, store: path.join(server, 'content.db'), facts: path.join(server, 'page-facts.json') };
  }
  const articles = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT id FROM articles ORDER BY id').pluck().all();
    } finally {
      db.close();
    }
  };

  it('puts the checked store in place of the server’s, beside the build’s page facts, which stay', () => {
    const { dir, ...target } = deployed();
    const before = articles(target.store);
    writeFileSync(path.join(dir, 'articles', 'added-later.mdx'), readFileSync(path.join(dir, 'articles', 'alpha.mdx'), 'utf8').replace(/^id: .*$/m, 'id: added-later'));
    const { status, out, err } = check(dir, '--publish', '--to', target.store);
    expect(status, `${out}${err}`).toBe(0);
    expect(out).toContain(`Published to ${path.relative(root, target.store)}`);
    expect(articles(target.store)).toEqual([...before, 'added-later'].sort());
    expect(readFileSync(target.facts, 'utf8')).toBe('{"framed":[],"live":[]}\n');
    expect(readdirSync(path.dirname(target.store)).sort()).toEqual(['content.db', 'page-facts.json']);
  }, SLOW);

  it('publishes nothing when the content has an error, though the last good check is newer than every server’s store', () => {
    const { dir, ...first } = deployed();
    // A second server of the same build, as the standalone server beside `next start`'s store.
    const second = path.join(path.dirname(first.store), 'standalone', 'content.db');
    mkdirSync(path.dirname(second), { recursive: true });
    cpSync(first.store, second);
    cpSync(first.facts, path.join(path.dirname(second), 'page-facts.json'));
    // A story checked since the servers' store was made, and not yet published: the working store now differs from theirs.
    writeFileSync(path.join(dir, 'articles', 'added-later.mdx'), readFileSync(path.join(dir, 'articles', 'alpha.mdx'), 'utf8').replace(/^id: .*$/m, 'id: added-later'));
    expect(check(dir).status).toBe(0);
    const working = `${dir}-store/content.db`;
    const checked = readFileSync(working);
    const served = new Map([first.store, second].map((file) => [file, readFileSync(file)]));
    for (const [file, bytes] of served) expect(bytes.equals(checked), file).toBe(false);

    writeFileSync(path.join(dir, 'articles', 'hero-too-narrow.mdx'), read('hero-too-narrow'));
    const failed = check(dir, '--publish', '--to', first.store, '--to', second);
    expect(failed.status).toBe(1);
    expect(failed.err).toContain('Content check failed');
    expect(`${failed.out}${failed.err}`).not.toContain('Published');
    for (const [file, bytes] of served) expect(readFileSync(file).equals(bytes), file).toBe(true);
    expect(readFileSync(working).equals(checked)).toBe(true);
    expect(readdirSync(path.dirname(first.store)).sort()).toEqual(['content.db', 'page-facts.json', 'standalone']);
  }, SLOW);

  it('publishes nothing when the server’s build cannot say what its headers allow', () => {
    const { dir, ...target } = deployed();
    const before = readFileSync(target.store);
    writeFileSync(path.join(dir, 'articles', 'long-headline.mdx'), read('long-headline'));
    rmSync(target.facts);
    const unknown = check(dir, '--publish', '--to', target.store);
    expect(unknown.status).toBe(1);
    expect(unknown.err).toContain(`No page-facts.json beside ${path.relative(root, target.store)}: the build there cannot say what its headers allow. Run \`npm run build\`.`);
    expect(readFileSync(target.store).equals(before)).toBe(true);
  }, SLOW);
});
