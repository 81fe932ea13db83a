import { copyFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { directorySource, publicImageResolver } from './source';
import { checkIntoStore } from './store/run';
import { openStoreForReading } from './store/schema';
import { damagedCopy } from '../../testing/damaged-store';
import { serveNewsroom, servingNewsrooms, storyFile, writeNewsroom } from '../../testing/newsroom';

/**
 * A server reads its own copy of the store file, proven whole before it answers from it, and
 * follows the file: a store published in its place (`npm run content:publish` renames a new
 * file over it) is copied, proven whole and answered from a moment later; one that cannot be
 * used, renamed over it or written over it in place, is named once in the log and changes
 * nothing the server answers.
 */

servingNewsrooms();

// Each test waits for the server's once-a-second look, more than once: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const first = { first: storyFile('first', '2021-11-07T09:00:00+00:00') };
const both = { ...first, second: storyFile('second', '2021-11-07T10:00:00+00:00') };
const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`story-${i}`, storyFile(`story-${i}`, `2021-11-0${1 + (i % 9)}T09:${String(10 + i).padStart(2, '0')}:00+00:00`, { body: 'Words. '.repeat(400) })]));

/** A checked store for `articles`, in a file of its own beside `file`. */
async function storeFor(file: string, articles: Record<string, string>, name = 'next'): Promise<string> {
  const next = path.join(path.dirname(file), `${name}-${path.basename(file)}`);
  const result = await checkIntoStore({ file: next, full: true, source: directorySource(writeNewsroom(articles)), images: publicImageResolver(path.join(process.cwd(), 'public')) });
  expect(result.written).toBe(true);
  return next;
}

/** Writes a store for `articles` beside `file`, then renames it over `file`, as publishing does. */
async function publish(file: string, articles: Record<string, string>): Promise<void> {
  renameSync(await storeFor(file, articles), file);
}

const ids = (gateway: typeof import('./index')) => gateway.listArticles().map((a) => a.id);

/** Asks the gateway (each question may look at the file) until `expected`, for up to 5 s. */
async function answersBecome(gateway: typeof import('./index'), expected: string[]): Promise<void> {
  await vi.waitFor(() => expect(ids(gateway)).toEqual(expected), { timeout: 5_000, interval: 100 });
}

/** Asks for 2.5 s, long enough for the server to look at its file twice and prove what it found. */
async function keepAsking(gateway: typeof import('./index'), expected: string[]): Promise<void> {
  const until = Date.now() + 2_500;
  while (Date.now() < until) {
    expect(ids(gateway)).toEqual(expected);
    expect(gateway.getArticleByPath(gateway.listArticles()[0]?.path ?? '')?.body.type).toBe('root');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const logged = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((call) => String(call[0]));

describe('a server whose store is replaced', () => {
  it('answers from the new store once it is proven whole, and keeps its own when the new cannot be used', async () => {
    const file = await serveNewsroom(writeNewsroom(first));
    const gateway = await import('./index');
    expect(ids(gateway)).toEqual(['first']);

    const said = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await publish(file, both);
    await answersBecome(gateway, ['second', 'first']);
    expect(logged(said)).toEqual([`The content store ${file} was replaced; the new one is whole and is answered from now on.`]);

    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = `${file}.broken`;
    writeFileSync(broken, 'not a database');
    renameSync(broken, file);
    await keepAsking(gateway, ['second', 'first']);
    expect(logged(errors)).toHaveLength(1);
    expect(logged(errors)[0]).toMatch(
      new RegExp(
        `^The content store ${file} was replaced, and the new one cannot be used\\. The content store ${file} is damaged: it is not an SQLite database\\. Rebuild it with \`npm run content:publish\`\\. This server goes on answering from its own copy of the store it had, made at \\d\\d:\\d\\d:\\d\\d \\(.+\\.db\\)\\.$`,
      ),
    );

    await publish(file, first);
    await answersBecome(gateway, ['first']);
  });

  it('refuses a store whose pages are damaged past its header, schema and completion mark, and goes on answering', async () => {
    const file = await serveNewsroom(writeNewsroom(first));
    const gateway = await import('./index');
    expect(ids(gateway)).toEqual(['first']);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const damaged = damagedCopy(await storeFor(file, many), `${file}.damaged`);
    // The quick checks a server made before (an SQLite file, this schema, finished) all pass.
    openStoreForReading(damaged, { rebuild: 'npm run build' }).close();
    renameSync(damaged, file);
    await keepAsking(gateway, ['first']);
    expect(logged(errors)).toHaveLength(1);
    expect(logged(errors)[0]).toContain(`The content store ${file} was replaced, and the new one cannot be used. The content store ${file} is damaged: `);
    expect(logged(errors)[0]).toContain('Rebuild it with `npm run content:publish`.');
  });

  it('keeps answering from its own copy when the file is written over in place, and says so', async () => {
    const file = await serveNewsroom(writeNewsroom(first));
    const gateway = await import('./index');
    expect(ids(gateway)).toEqual(['first']);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const said = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    // `cp` over the file: the same inode, new bytes.
    copyFileSync(damagedCopy(await storeFor(file, many), `${file}.damaged`), file);
    await keepAsking(gateway, ['first']);
    expect(logged(errors)).toHaveLength(1);
    expect(logged(errors)[0]).toContain(`The content store ${file} was written over in place, and the new one cannot be used.`);
    expect(logged(errors)[0]).toContain('This server goes on answering from its own copy of the store it had');
    expect(logged(errors)[0]).not.toContain('was replaced');

    // A whole store written over it in place is answered from, with a word about how to publish.
    copyFileSync(await storeFor(file, both, 'whole'), file);
    await answersBecome(gateway, ['second', 'first']);
    expect(logged(said)).toEqual([
      `The content store ${file} was written over in place; the new one is whole and is answered from now on. Write a store with \`npm run content:publish\`, which renames a checked one into place: a file written over in place can be read half-written.`,
    ]);
  });

  it('says a file renamed over it and then written over in place was written over in place', async () => {
    const file = await serveNewsroom(writeNewsroom(first));
    const gateway = await import('./index');
    expect(ids(gateway)).toEqual(['first']);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const damaged = damagedCopy(await storeFor(file, many), `${file}.damaged`);
    copyFileSync(damaged, `${file}.renamed`);
    renameSync(`${file}.renamed`, file);
    await keepAsking(gateway, ['first']);
    // The same bytes again, over the file now there.
    copyFileSync(damaged, file);
    await keepAsking(gateway, ['first']);
    expect(logged(errors).map((line) => /^The content store \S+ (was replaced|was written over in place), and/.exec(line)?.[1])).toEqual(['was replaced', 'was written over in place']);
  });

  it('never writes a new copy over the one it reads, whichever of the module’s bundled copies makes it', async () => {
    const file = await serveNewsroom(writeNewsroom(first));
    const gateway = await import('./index');
    expect(ids(gateway)).toEqual(['first']);
    // Next bundles the module more than once; each bundle shares the process's stores.
    vi.resetModules();
    const again = await import('./index');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renameSync(damagedCopy(await storeFor(file, many), `${file}.damaged`), file);
    await keepAsking(again, ['first']);
    await keepAsking(gateway, ['first']);
    expect(logged(errors)).toHaveLength(1);
  });

  it('does not look at the file again within a second', async () => {
    const file = await serveNewsroom(writeNewsroom(first));
    const gateway = await import('./index');
    expect(ids(gateway)).toEqual(['first']);
    await publish(file, both);
    expect(ids(gateway)).toEqual(['first']);
  });

  it('reads a copy of its own, and goes on answering from it when the file is gone', async () => {
    const started = Date.now() - 1;
    const file = await serveNewsroom(writeNewsroom(first));
    const gateway = await import('./index');
    expect(ids(gateway)).toEqual(['first']);
    const copies = path.join(path.dirname(file), 'copies');
    const made = (name: string) => statSync(path.join(copies, name)).mtimeMs;
    expect(readdirSync(copies).filter((name) => name.startsWith(`${process.pid}-`) && made(name) >= started)).toHaveLength(1);
    // Renamed away and replaced by nothing: the server goes on answering from its copy.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renameSync(file, `${file}.gone`);
    await keepAsking(gateway, ['first']);
    expect(logged(errors)).toEqual([expect.stringMatching(new RegExp(`^The content store ${file} is gone\\. This server goes on answering from its own copy`))]);
  });
});

describe('a server starting on a damaged store', () => {
  it('stops before its first answer, naming the file and the command that rebuilds it', async () => {
    const file = await serveNewsroom(writeNewsroom(first));
    damagedCopy(await storeFor(file, many), file);
    openStoreForReading(file, { rebuild: 'npm run build' }).close();
    const gateway = await import('./index');
    expect(() => gateway.loadContent()).toThrow(new RegExp(`^The content store ${file} is damaged.+ Rebuild it with \`npm run build\`\\.$`));
  });
});
