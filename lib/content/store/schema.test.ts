import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { directorySource, publicImageResolver } from '../source';
import { checkIntoStore } from './run';
import { ContentStoreError, openStoreForReading } from './schema';

/** A store a server cannot use is refused with the file's name and the command that makes it again. */

const fixtures = path.join(__dirname, '..', 'fixtures');
const dir = mkdtempSync(path.join(tmpdir(), 'masthead-bad-store-'));
const good = path.join(dir, 'good.db');
const rebuild = { rebuild: 'npm run build' };

beforeAll(async () => {
  const result = await checkIntoStore({ file: good, source: directorySource(path.join(fixtures, 'valid'), 'content'), images: publicImageResolver(path.join(fixtures, 'public')) });
  expect(result.written).toBe(true);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the good store, spoilt by `spoil`. */
function spoilt(name: string, spoil: (file: string) => void): string {
  const file = path.join(dir, `${name}.db`);
  copyFileSync(good, file);
  spoil(file);
  return file;
}

function refusal(file: string): string {
  try {
    openStoreForReading(file, rebuild).close();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentStoreError);
    return error instanceof Error ? error.message : '';
  }
  throw new Error(`${file} was opened`);
}

describe('opening a store to read from', () => {
  it('opens a finished store, read only', () => {
    const db = openStoreForReading(good, rebuild);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3);
    expect(() => db.prepare("DELETE FROM meta WHERE key = 'complete'").run()).toThrow();
    db.close();
  });

  it('names a missing store and the command that builds it', () => {
    const file = path.join(dir, 'nowhere.db');
    expect(refusal(file)).toBe(`No content store at ${file}. Build it with \`npm run build\`.`);
  });

  it('refuses a store of another schema version', () => {
    const file = spoilt('stale', (f) => {
      const db = new Database(f);
      db.pragma('user_version = 0');
      db.close();
    });
    expect(refusal(file)).toBe(`The content store ${file} has schema version 0; this version of Masthead reads version 5. Rebuild it with \`npm run build\`.`);
  });

  it('refuses a store a run left unfinished', () => {
    const file = spoilt('incomplete', (f) => {
      const db = new Database(f);
      db.prepare("DELETE FROM meta WHERE key = 'complete'").run();
      db.close();
    });
    expect(refusal(file)).toBe(`The content store ${file} is incomplete: the run that wrote it did not finish. Rebuild it with \`npm run build\`.`);
  });

  it('refuses a file that is not a database, or one cut short', () => {
    const garbage = spoilt('garbage', (f) => writeFileSync(f, 'This is not a database at all, but it is long enough to have a header. '.repeat(4)));
    expect(refusal(garbage)).toBe(`The content store ${garbage} is damaged: it is not an SQLite database. Rebuild it with \`npm run build\`.`);
    const cut = spoilt('cut', (f) => truncateSync(f, Math.floor(readFileSync(f).length / 2)));
    expect(refusal(cut)).toMatch(new RegExp(`^The content store ${cut} is damaged: it holds \\d+ bytes where its header declares \\d+: the file was cut short\\. Rebuild it with \`npm run build\`\\.$`));
    const empty = spoilt('empty', (f) => writeFileSync(f, ''));
    expect(refusal(empty)).toContain(`The content store ${empty} is damaged`);
  });
});

describe('a server starting on a store it cannot use', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('stops at once with the message, before answering anyone', async () => {
    vi.resetModules();
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('MASTHEAD_CONTENT_STORE', path.join(dir, 'nowhere.db'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exited');
    });
    const { register } = await import('../../../instrumentation');
    await expect(register()).rejects.toThrow('exited');
    expect(exit).toHaveBeenCalledWith(1);
    expect(error).toHaveBeenCalledWith(`No content store at ${path.join(dir, 'nowhere.db')}. Build it with \`npm run build\`.`);
  });
});
