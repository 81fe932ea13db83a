import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { directorySource, publicImageResolver } from '../source';
import { DevStore } from './dev';

/** `next dev`'s store: checked once as it opens, then kept in step by a watcher, one saved file at a time. */

const fixtures = path.join(__dirname, '..', 'fixtures');
const everything = { at: new Date('2100-01-01T00:00:00Z'), preview: true };
const open: DevStore[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const store of open.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function devStore() {
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-dev-'));
  dirs.push(dir);
  const contentDir = path.join(dir, 'content');
  cpSync(path.join(fixtures, 'valid'), contentDir, { recursive: true });
  const logged: string[] = [];
  const store = new DevStore({
    file: path.join(dir, 'cache', 'content-dev.db'),
    source: directorySource(contentDir, 'content'),
    images: publicImageResolver(path.join(fixtures, 'public')),
    contentDir,
    debounceMs: 20,
    log: (message) => logged.push(message),
  });
  open.push(store);
  return { store, contentDir, logged };
}

/** Resolves with the store's next version, after the watcher has taken a change in. */
function nextUpdate(store: DevStore): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no update within 5 s')), 5000);
    const stop = store.subscribe((version) => {
      clearTimeout(timer);
      stop();
      resolve(version);
    });
  });
}

const headline = (store: DevStore, id: string) => store.store.summaryById(id, everything)?.headline;

describe('the store next dev keeps', () => {
  it('is checked in full as it opens', () => {
    const { store } = devStore();
    expect(store.lastReport).toMatchObject({ checked: 3, problems: [] });
    expect(headline(store, 'alpha')).toBeDefined();
  });

  it('takes in a saved article by checking that file alone, also when the editor renames a new copy over it', async () => {
    const { store, contentDir } = devStore();
    const file = path.join(contentDir, 'articles', 'alpha.mdx');
    const text = readFileSync(file, 'utf8');
    let update = nextUpdate(store);
    writeFileSync(file, text.replace(/^headline: .*$/m, 'headline: Saved in place'));
    await update;
    expect(headline(store, 'alpha')).toBe('Saved in place');
    expect(store.lastReport?.checked).toBe(1);

    update = nextUpdate(store);
    writeFileSync(`${file}.swp`, text.replace(/^headline: .*$/m, 'headline: Saved by renaming'));
    renameSync(`${file}.swp`, file);
    await update;
    expect(headline(store, 'alpha')).toBe('Saved by renaming');
    expect(store.lastReport?.checked).toBe(1);

    // Once more after the rename: the watcher still sees the new file.
    update = nextUpdate(store);
    writeFileSync(file, text.replace(/^headline: .*$/m, 'headline: Saved again'));
    await update;
    expect(headline(store, 'alpha')).toBe('Saved again');
  });

  it('explains an article saved with an error at its URL, and shows it again once fixed', async () => {
    const { store, contentDir, logged } = devStore();
    const file = path.join(contentDir, 'articles', 'beta.mdx');
    const text = readFileSync(file, 'utf8');
    const path0 = store.store.summaryById('beta', everything)?.path ?? '';
    let update = nextUpdate(store);
    writeFileSync(file, text.replace(/^authors: .*$/m, 'authors: [nobody]'));
    await update;
    expect(store.store.summaryById('beta', everything)).toBeUndefined();
    expect(store.store.problemsAt(path0, 'content')?.map((p) => p.message)).toEqual(['unknown author "nobody" (not in content/authors.yaml)']);
    expect(logged.at(-1)).toContain('unknown author "nobody"');
    update = nextUpdate(store);
    writeFileSync(file, text);
    await update;
    expect(store.store.summaryById('beta', everything)?.path).toBe(path0);
    expect(store.store.problemsAt(path0, 'content')).toBeUndefined();
  });

  it('notices articles added in a new folder and removed ones', async () => {
    const { store, contentDir } = devStore();
    let update = nextUpdate(store);
    unlinkSync(path.join(contentDir, 'articles', 'gamma.mdx'));
    await update;
    expect(store.store.summaryById('gamma', everything)).toBeUndefined();
    const folder = path.join(contentDir, 'articles', '2021');
    update = nextUpdate(store);
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'delta.mdx'), readFileSync(path.join(fixtures, 'valid', 'articles', 'gamma.mdx'), 'utf8').replace(/^id: gamma$/m, 'id: delta'));
    await update;
    // The file may land after the folder's own event: wait for the update that has it.
    while (!store.store.summaryById('delta', everything)) await nextUpdate(store);
    expect(store.store.summaryById('delta', everything)?.file).toBe('articles/2021/delta.mdx');
  });
});
