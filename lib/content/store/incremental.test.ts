import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { newsroomFiles } from '../../../scripts/newsroom';
import { searchDocuments } from '../../search/engine';
import { memorySource, publicImageResolver, type ImageResolver } from '../source';
import { dumpStore } from './dump';
import { checkIntoStore } from './run';
import { createTables } from './schema';
import { syncStoreNow } from './sync';

/**
 * An incremental run must leave exactly what a full run over the same tree
 * leaves: the same rows in every table and the same problems. Each case starts
 * from the store of one tree, changes the tree, brings the store up to date,
 * and compares it with a store checked from scratch.
 */

type Tree = Record<string, string>;

// Each case checks a newsroom from scratch more than once: seconds on a busy machine.
const SLOW = 120_000;

const AT = new Date('2026-11-21T00:00:00Z');
const publicImages = publicImageResolver(path.join(__dirname, '..', '..', '..', 'public'));
const base: Tree = Object.fromEntries(newsroomFiles({ count: 40, seed: 3, newest: new Date('2026-11-20T09:00:00Z') }));
const articleFiles = Object.keys(base).filter((f) => f.startsWith('articles/')).sort();
const fileOf = (n: number) => articleFiles[n] ?? '';
const idOf = (file: string) => /^id: (.+)$/m.exec(base[file] ?? '')?.[1] ?? '';

function check(db: Database.Database, tree: Tree, images: ImageResolver = publicImages) {
  return syncStoreNow(db, { source: memorySource(tree), images, at: AT });
}

const checked = new Map<Tree, { store: Buffer; report: ReturnType<typeof check> }>();

/** A store checked from scratch; each tree (with the site's own images) is checked once and copied. */
function full(tree: Tree, images?: ImageResolver) {
  const known = images ? undefined : checked.get(tree);
  if (known) return { db: new Database(known.store), report: known.report };
  const db = new Database(':memory:');
  createTables(db);
  const report = check(db, tree, images);
  if (!images) checked.set(tree, { store: db.serialize(), report });
  return { db, report };
}

/** What a reader would find searching for these words. */
function searches(db: Database.Database, words: string[]) {
  return words.map((w) => searchDocuments(db, w, { at: AT, offset: 0, limit: 100 }));
}

/** Brings a copy of `from`'s store up to date with `to`, and checks `to` from scratch; both must agree. */
function expectSame(from: Tree, to: Tree, words: string[] = ['budget', 'council'], images?: ImageResolver) {
  const start = full(from, images).db;
  const incremental = new Database(start.serialize());
  const report = check(incremental, to, images);
  const scratch = full(to, images);
  expect(report.problems).toEqual(scratch.report.problems);
  expect(dumpStore(incremental)).toEqual(dumpStore(scratch.db));
  expect(searches(incremental, words)).toEqual(searches(scratch.db, words));
  return report;
}

const edit = (tree: Tree, file: string, change: (text: string) => string): Tree => ({ ...tree, [file]: change(tree[file] ?? '') });
const without = (tree: Tree, file: string): Tree => Object.fromEntries(Object.entries(tree).filter(([f]) => f !== file));

describe('an incremental run equals a full run', { timeout: SLOW }, () => {
  it('when nothing changed: no file is checked again', () => {
    const report = expectSame(base, base);
    expect(report.checked).toBe(0);
    expect(report.problems).toEqual([]);
  });

  it('when one body changed: only that file is checked again', () => {
    const report = expectSame(base, edit(base, fileOf(10), (t) => `${t}\nA closing paragraph on the zeppelin budget.\n`), ['zeppelin', 'budget']);
    expect(report.checked).toBe(1);
  });

  it('when an article moves in time, section and tags (its neighbours rank related stories again)', () => {
    const moved = edit(base, fileOf(30), (t) =>
      t
        .replace(/^publishedAt: .*$/m, 'publishedAt: "2026-11-20T10:30:00+00:00"')
        .replace(/^section: .*$/m, 'section: science')
        .replace(/^tags: .*$/m, 'tags: ["Space", "Budget", "Baghdad"]'),
    );
    expectSame(base, moved);
  });

  it('when articles are added, removed and renamed', () => {
    let tree = without(base, fileOf(5));
    tree = { ...without(tree, fileOf(6)), 'articles/renamed/moved.mdx': base[fileOf(6)] ?? '' };
    tree['articles/extra.mdx'] = (base[fileOf(7)] ?? '').replace(/^id: .*$/m, 'id: an-extra-story');
    expectSame(base, tree);
  });

  it('when changes break other files: an id taken twice, a related story removed, an unknown author', () => {
    const referenced = articleFiles.find((f) => Object.values(base).some((t) => t.includes(`related: [${idOf(f)}`))) ?? fileOf(1);
    let tree = without(base, referenced);
    tree['articles/0-duplicate.mdx'] = base[fileOf(20)] ?? '';
    tree = edit(tree, 'authors.yaml', (t) => t.replace(/- id: newsroom\n[^-]*/, ''));
    const report = expectSame(base, tree);
    const messages = report.problems.map((p) => p.message);
    expect(messages).toContain(`"${idOf(fileOf(20))}" is already the id of content/articles/0-duplicate.mdx`);
    expect(messages.some((m) => m.startsWith('unknown article id'))).toBe(true);
    expect(messages.some((m) => m.startsWith('unknown author "newsroom"'))).toBe(true);
    // And back: the fixed tree is again what a full run gives, with no problem left.
    expect(expectSame(tree, base).problems).toEqual([]);
  });

  it('when a section is renamed, the front changes its lead, and redirects and drafts come and go', () => {
    let tree = edit(base, 'sections.yaml', (t) => t.replace('name: Science', 'name: Science and research'));
    tree['front.yaml'] = `lead: ${idOf(fileOf(3))}\npinned: [${idOf(fileOf(4))}]\n`;
    tree = edit(tree, fileOf(8), (t) => t.replace(/^related: .*$/m, 'related: []\nredirectFrom: [/world/2020/01/01/an-old-address]\ndraft: true'));
    expectSame(base, tree);
    expectSame(tree, base);
  });

  it('when an image changes under the same name', () => {
    const hero = /src: (\/images\/[^\n]+)/.exec(base[fileOf(0)] ?? '')?.[1] ?? '';
    let width = 1600;
    const images: ImageResolver = Object.assign((src: string) => (src === hero ? { width, height: 900 } : publicImages(src)), {
      version: (src: string) => (src === hero ? `w${width}` : publicImages.version?.(src)),
    });
    const start = full(base, images).db;
    width = 800;
    const incremental = new Database(start.serialize());
    const report = check(incremental, base, images);
    const scratch = full(base, images);
    expect(dumpStore(incremental)).toEqual(dumpStore(scratch.db));
    expect(report.problems.filter((p) => p.field === 'image.src').length).toBeGreaterThan(0);
    expect(report.problems).toEqual(scratch.report.problems);
  });
});

describe('a content check run into a file', { timeout: SLOW }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-run-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (file: string, tree: Tree, full = false) => checkIntoStore({ file, full, source: memorySource(tree), images: publicImages, at: AT });

  it('carries on from the previous store, and leaves what a full run leaves', async () => {
    const file = path.join(dir, 'carried.db');
    const first = await run(file, base);
    expect(first).toMatchObject({ incremental: false, written: true, checked: articleFiles.length });
    const changed = edit(base, fileOf(12), (t) => t.replace(/^headline: .*$/m, 'headline: "A new headline"'));
    const second = await run(file, changed);
    expect(second).toMatchObject({ incremental: true, written: true, checked: 1 });
    const fresh = path.join(dir, 'fresh.db');
    await run(fresh, changed, true);
    const [a, b] = [new Database(file, { readonly: true }), new Database(fresh, { readonly: true })];
    expect(dumpStore(a)).toEqual(dumpStore(b));
    a.close();
    b.close();
  });

  it('leaves the previous store as it was when the tree has errors', async () => {
    const file = path.join(dir, 'kept.db');
    await run(file, base);
    const before = readFileSync(file);
    const broken = edit(base, fileOf(2), (t) => t.replace(/^section: .*$/m, 'section: nowhere'));
    const result = await run(file, broken);
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => p.message)).toContain('unknown section "nowhere" (known: politics, world, middle-east, business, climate, science, technology, health, education, culture, sport, analysis)');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('starts again from scratch when asked to, or when the previous store is of no use', async () => {
    const file = path.join(dir, 'again.db');
    await run(file, base);
    expect(await run(file, base, true)).toMatchObject({ incremental: false, checked: articleFiles.length });
    const db = new Database(file);
    db.prepare("DELETE FROM meta WHERE key = 'complete'").run();
    db.close();
    expect(await run(file, base)).toMatchObject({ incremental: false, written: true });
  });
});
