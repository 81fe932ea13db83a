import { statSync } from 'node:fs';
import path from 'node:path';
import { contentStoreFiles } from '../site/dist-dir';
import { directorySource, publicImageResolver } from './source';
import { DevStore } from './store/dev';
import { ContentStore } from './store/read';
import { openStoreForReading } from './store/schema';

/**
 * The content store this process reads, opened once and shared by every copy of
 * the gateway Next bundles (lib/content/index.ts and lib/content/live.ts ask it).
 */

/** CONTENT_DIR points the site at another content tree, e.g. a generated newsroom. */
export function contentDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

export const isDevelopment = () => process.env.NODE_ENV === 'development';

/**
 * The store this process reads: MASTHEAD_CONTENT_STORE when set; in `next dev` its
 * own copy, kept in step with the tree; while `next build` runs, the one the content
 * check has just written; otherwise (a server) the copy the build made for servers.
 */
function storeFile(): string {
  const files = contentStoreFiles();
  const chosen =
    process.env.MASTHEAD_CONTENT_STORE ??
    (isDevelopment() ? files.dev : process.env.NEXT_PHASE === 'phase-production-build' ? files.working : files.server);
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), chosen);
}

interface Opened {
  store: ContentStore;
  dev?: DevStore;
  /** A server's store: which file it was opened from, and when that was last looked at. */
  served?: Served;
}

interface Served {
  file: string;
  version: string;
  lookedAt: number;
  /** A replacement that could not be opened, named once in the log. */
  refused?: string;
}

/** How often a server looks whether its store was replaced: at most once a second, however busy. */
const LOOK_EVERY_MS = 1_000;
/** How long an answer begun on a replaced store may still read it before its connection closes. */
const CLOSE_AFTER_MS = 60_000;

/** A file's identity: a store published in its place (a new file renamed over it) has another. */
function versionOf(file: string): string {
  try {
    const { ino, size, mtimeMs } = statSync(/*turbopackIgnore: true*/ file);
    return `${ino}:${size}:${mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/**
 * A server reads the store `npm run content:publish` last renamed into place
 * (docs/decisions/0008-publishing-without-a-build.md): when the file has been replaced, the
 * next question opens the new one, after checking it as at start; its pages show it as they
 * revalidate. A replacement that cannot be opened is named in the log and the server keeps
 * answering from the store it has. The old connection stays open a minute for answers
 * begun on it.
 */
function followReplacement(current: Opened, at: number): Opened {
  const served = current.served;
  if (!served || at - served.lookedAt < LOOK_EVERY_MS) return current;
  served.lookedAt = at;
  const version = versionOf(served.file);
  if (version === served.version || version === served.refused) return current;
  let store: ContentStore;
  try {
    store = new ContentStore(openStoreForReading(served.file, { rebuild: 'npm run content:publish' }));
  } catch (error) {
    served.refused = version;
    console.error(`The content store was replaced but cannot be read; still answering from the previous one. ${error instanceof Error ? error.message : String(error)}`);
    return current;
  }
  const previous = current.store;
  setTimeout(() => previous.db.close(), CLOSE_AFTER_MS).unref();
  return { store, served: { file: served.file, version, lookedAt: at } };
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

export function opened(): Opened {
  const file = storeFile();
  const key = `${isDevelopment() ? 'dev' : 'read'}:${file}`;
  const stores = processStores();
  const known = stores.get(key);
  if (known) {
    const current = followReplacement(known, Date.now());
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
  } else {
    const version = versionOf(file);
    result = { store: new ContentStore(openStoreForReading(file, { rebuild: 'npm run build' })), served: { file, version, lookedAt: Date.now() } };
  }
  stores.set(key, result);
  return result;
}

