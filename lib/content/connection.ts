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
  if (known) return known;
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
    result = { store: new ContentStore(openStoreForReading(file, { rebuild: 'npm run build' })) };
  }
  stores.set(key, result);
  return result;
}

