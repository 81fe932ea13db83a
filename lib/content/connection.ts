import { randomUUID } from 'node:crypto';
import { constants, copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { contentStoreFiles, distDir } from '../site/dist-dir';
import { isRunning } from '../site/processes';
import { directorySource, publicImageResolver } from './source';
import { DevStore } from './store/dev';
import { ContentStore } from './store/read';
import { ContentStoreError, faultOf, openStoreForReading, WHOLE_CHECK } from './store/schema';

/**
 * The content store this process reads, opened once and shared by every copy of
 * the gateway Next bundles (lib/content/index.ts and lib/content/live.ts ask it).
 */

/** CONTENT_DIR points the site at another content tree, e.g. a generated newsroom. */
export function contentDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

export const isDevelopment = () => process.env.NODE_ENV === 'development';

/** `next build` reads the store the content check has just written, in its own workers. */
const isBuilding = () => process.env.NEXT_PHASE === 'phase-production-build';

/**
 * The store this process reads: MASTHEAD_CONTENT_STORE when set; in `next dev` its
 * own copy, kept in step with the tree; while `next build` runs, the one the content
 * check has just written; otherwise (a server) the copy the build made for servers.
 */
export function storeFile(): string {
  const files = contentStoreFiles();
  const chosen = process.env.MASTHEAD_CONTENT_STORE ?? (isDevelopment() ? files.dev : isBuilding() ? files.working : files.server);
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), chosen);
}

interface Opened {
  store: ContentStore;
  dev?: DevStore;
  /** A server's store: the file it follows, and the copy of it it reads. */
  served?: Served;
}

/** A file's identity: a store renamed over it has another inode; one written over in place keeps it. */
interface Version {
  key: string;
  ino: number;
}

interface Served {
  /** The file a build or `npm run content:publish` puts the store in. */
  file: string;
  /** The file's identity when this server's copy was made from it. */
  version: Version;
  /** This server's own copy of the file, which nothing else writes: the one it reads. */
  copy: string;
  /** When the copy was made and proven whole, for the log. */
  madeAt: Date;
  lookedAt: number;
  /** The file's identity when a change to it was last refused (what "in place" is judged against then). */
  seen?: Version;
  /** A version of the file being copied and proven whole now. */
  checking?: string;
  /** A version that could not be used, named once in the log. */
  refused?: string;
  /** A proven copy of a newer version, answered from by the next question. */
  ready?: Opened;
  /** Settles when the version being checked now is ready or refused. */
  proving?: Promise<void>;
}

/** How often a server looks whether its store changed: at most once a second, however busy. */
const LOOK_EVERY_MS = 1_000;
/** How long an answer begun on a replaced store may still read it before its connection closes. */
const CLOSE_AFTER_MS = 60_000;

function versionOf(file: string): Version | undefined {
  try {
    const { ino, size, mtimeMs } = statSync(/*turbopackIgnore: true*/ file);
    return { key: `${ino}:${size}:${mtimeMs}`, ino };
  } catch {
    return undefined;
  }
}

/**
 * Where a server keeps its copies of the store: in the build's cache, the one folder a server
 * may write (docs/operations.md), or MASTHEAD_STORE_COPIES. Copies are named by the process, so
 * instances that share the folder never touch each other's; those of processes that have ended
 * are removed by the next server to start.
 */
function copiesDir(): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.MASTHEAD_STORE_COPIES ?? path.join(distDir(), 'cache', 'masthead', 'served'));
  mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true });
  return dir;
}

const COPY_NAME = /^(\d+)-[\w-]+\.db$/;
/** Whether this copy of the module (Next bundles it more than once) has tidied the folder. */
let tidied = false;

/** A new file name for a copy: unique in the process, whichever bundled copy of this module asks. */
function newCopyName(): string {
  const dir = copiesDir();
  if (!tidied) {
    tidied = true;
    for (const name of readdirSync(/*turbopackIgnore: true*/ dir)) {
      const pid = Number(COPY_NAME.exec(name)?.[1]);
      if (pid && pid !== process.pid && !isRunning(pid)) rmSync(/*turbopackIgnore: true*/ path.join(dir, name), { force: true });
    }
    process.once('exit', () => {
      for (const name of readdirSync(/*turbopackIgnore: true*/ dir)) if (name.startsWith(`${process.pid}-`)) rmSync(/*turbopackIgnore: true*/ path.join(dir, name), { force: true });
    });
  }
  return path.join(dir, `${process.pid}-${randomUUID()}.db`);
}

/**
 * Reads every page of a copy in a worker thread, so a server goes on answering while it proves a
 * new store whole (about a second per 200 MB); answers 'ok' or the first fault found.
 */
function checkWhole(file: string): Promise<string> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require('better-sqlite3');
    let answer;
    try {
      const db = new Database(workerData, { readonly: true, fileMustExist: true });
      try { answer = db.prepare(${JSON.stringify(WHOLE_CHECK)}).pluck().get(); } finally { db.close(); }
    } catch (error) { answer = error instanceof Error ? error.message : String(error); }
    parentPort.postMessage(String(answer));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: file });
    worker.once('message', (answer: unknown) => resolve(String(answer)));
    worker.once('error', reject);
    worker.once('exit', (exitCode) => reject(new Error(`the check stopped (exit code ${exitCode})`)));
  });
}

/** What happened to the file, as the log says it. */
function change(before: Version, after: Version | undefined): string {
  if (!after) return 'is gone';
  return after.ino === before.ino ? 'was written over in place' : 'was replaced';
}

const hhmmss = (at: Date) => at.toISOString().slice(11, 19);

/**
 * A copy of `file` as it is now, proven whole, and the file's identity it was made from;
 * undefined when the file changed while it was copied (it is looked at again a second later).
 */
async function provenCopy(file: string, version: Version): Promise<{ copy: string; db: ReturnType<typeof openStoreForReading> } | undefined> {
  const copy = newCopyName();
  try {
    await copyFile(/*turbopackIgnore: true*/ file, copy, constants.COPYFILE_FICLONE);
    if (versionOf(file)?.key !== version.key) {
      await rm(copy, { force: true });
      return undefined;
    }
    const rebuild = 'npm run content:publish';
    // The quick checks first (an SQLite file, finished, same schema), then every page.
    const db = openStoreForReading(copy, { rebuild, shownAs: file });
    const fault = faultOf(await checkWhole(copy).catch((error: unknown) => (error instanceof Error ? error.message : String(error))));
    if (!fault) return { copy, db };
    db.close();
    throw new ContentStoreError(`The content store ${file} is damaged: ${fault}. Rebuild it with \`${rebuild}\`.`);
  } catch (error) {
    await rm(copy, { force: true });
    throw error;
  }
}

/**
 * A server answers from its own copy of the store file, proven whole (every page and index read)
 * before its first answer, so nothing written to the file afterwards can reach a reader. At
 * most once a second, a question first looks whether the file changed: publishing
 * (docs/decisions/0008) renames a new store over it, and an operator may have written over it
 * in place. A changed file is copied and proven whole in the background while the server goes
 * on answering from the copy it has; the first question after that reads the new copy, and
 * pages show it as they revalidate. A file that cannot be used is named once in the log with
 * what is wrong and how to fix it, and the server keeps its copy (docs/decisions/0012).
 */
function followFile(current: Opened, at: number): Opened {
  const served = current.served;
  if (!served) return current;
  const ready = served.ready;
  if (ready?.served) {
    const previous = { db: current.store.db, copy: served.copy };
    setTimeout(() => {
      previous.db.close();
      rmSync(/*turbopackIgnore: true*/ previous.copy, { force: true });
    }, CLOSE_AFTER_MS).unref();
    return ready;
  }
  if (at - served.lookedAt < LOOK_EVERY_MS) return current;
  served.lookedAt = at;
  const version = versionOf(served.file);
  const key = version?.key ?? 'missing';
  if (key === served.version.key || key === served.refused || key === served.checking) return current;
  const last = served.seen ?? served.version;
  const how = change(last, version);
  const keep = `This server goes on answering from its own copy of the store it had, made at ${hhmmss(served.madeAt)} (${served.copy}).`;
  if (!version) {
    served.refused = key;
    console.error(`The content store ${served.file} ${how}. ${keep} Publish one with \`npm run content:publish\`.`);
    return current;
  }
  served.checking = key;
  const inPlace = version.ino === last.ino;
  const unsafe = inPlace ? ' Write a store with `npm run content:publish`, which renames a checked one into place: a file written over in place can be read half-written.' : '';
  served.proving = provenCopy(served.file, version).then(
    (proven) => {
      served.checking = undefined;
      if (!proven) return;
      served.ready = { store: new ContentStore(proven.db), served: { file: served.file, version, copy: proven.copy, madeAt: new Date(), lookedAt: at } };
      console.log(`The content store ${served.file} ${how}; the new one is whole and is answered from now on.${unsafe}`);
    },
    (error: unknown) => {
      served.checking = undefined;
      served.refused = key;
      served.seen = version;
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`The content store ${served.file} ${how}, and the new one cannot be used. ${reason} ${keep}${unsafe}`);
    },
  );
  return current;
}

/** A server's store: a copy of the file, proven whole before the first answer. */
function serve(file: string): Opened {
  const open = () => openStoreForReading(file, { rebuild: 'npm run build' });
  // The file's own problems first (missing, not a store, another version), named as they are.
  open().close();
  for (let attempt = 0; attempt < 3; attempt++) {
    const version = versionOf(file);
    if (!version) break;
    const copy = newCopyName();
    copyFileSync(/*turbopackIgnore: true*/ file, copy, constants.COPYFILE_FICLONE);
    if (versionOf(file)?.key !== version.key) {
      rmSync(/*turbopackIgnore: true*/ copy, { force: true });
      continue;
    }
    try {
      const db = openStoreForReading(copy, { rebuild: 'npm run build', shownAs: file, whole: true });
      return { store: new ContentStore(db), served: { file, version, copy, madeAt: new Date(), lookedAt: Date.now() } };
    } catch (error) {
      rmSync(/*turbopackIgnore: true*/ copy, { force: true });
      throw error;
    }
  }
  // Changing under every copy: open() names what is wrong now, or the race itself.
  open().close();
  throw new Error(`The content store ${file} changed while it was copied, three times: stop whatever is writing to it.`);
}

const PROCESS_KEY = Symbol.for('masthead.content-store');
/** The process that keeps `next dev`'s store in step with the tree; others only read it. */
const DEV_KEEPER = 'MASTHEAD_DEV_STORE_KEEPER';

/**
 * The stores this process has opened, shared through globalThis: Next bundles this
 * module once for the App Router pages, once for the route handlers and once for
 * pages/, and each copy must use the same connection (and, in `next dev`, the same
 * watcher). Keyed by mode and file, so a test pointing elsewhere gets its own.
 */
function processStores(): Map<string, Opened> {
  const existing: unknown = Reflect.get(globalThis, PROCESS_KEY);
  if (existing instanceof Map) return existing;
  const stores = new Map<string, Opened>();
  Reflect.set(globalThis, PROCESS_KEY, stores);
  return stores;
}

/**
 * Looks at a server's store file now, not at the next question a second from now, and settles
 * once this server answers from what it holds (or has refused it, as the log says): a publish
 * asks this before it has pages regenerated, so they are made from the new store.
 */
export async function catchUpWithStore(): Promise<void> {
  const before = opened().served;
  if (!before) return;
  before.lookedAt = 0;
  await opened().served?.proving;
  opened();
}

export function opened(): Opened {
  const file = storeFile();
  const key = `${isDevelopment() ? 'dev' : 'read'}:${file}`;
  const stores = processStores();
  const known = stores.get(key);
  if (known) {
    const current = followFile(known, Date.now());
    if (current !== known) stores.set(key, current);
    return current;
  }
  let result: Opened;
  const keeper = process.env[DEV_KEEPER];
  if (isDevelopment() && keeper !== undefined && keeper !== String(process.pid)) {
    // A helper process `next dev` started (it computes static paths in one) reads the store
    // its parent keeps up to date, and neither checks the tree nor watches it.
    result = { store: new ContentStore(openStoreForReading(file, { rebuild: 'npm run dev' })) };
  } else if (isDevelopment()) {
    // The first process to open the store keeps it, and says so to the processes it starts.
    process.env[DEV_KEEPER] = String(process.pid);
    const contentDir = contentDirectory();
    const imagesDir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'images');
    const dev = new DevStore({
      file,
      seed: path.resolve(/*turbopackIgnore: true*/ process.cwd(), contentStoreFiles().working),
      source: directorySource(contentDir),
      images: publicImageResolver(path.dirname(imagesDir)),
      contentDir,
      imagesDir,
    });
    result = { store: dev.store, dev };
  } else if (isBuilding()) {
    result = { store: new ContentStore(openStoreForReading(file, { rebuild: 'npm run build' })) };
  } else {
    result = serve(file);
  }
  stores.set(key, result);
  return result;
}
