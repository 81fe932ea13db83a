import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, watch, type Dirent, type FSWatcher } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { formatReport } from '../check/problems';
import type { ContentSource, ImageResolver } from '../source';
import { ContentStore } from './read';
import { createTables, reusable } from './schema';
import { isContentFile } from '../source';
import { syncStoreNow, type SyncReport } from './sync';

/**
 * The store `next dev` reads. When it starts, it brings its own copy up to date
 * with the tree (only files whose bytes changed are checked again; a first start
 * begins from the content check's store when there is one). Then a watcher
 * checks again only the files editors save, runs the cross-file checks and bumps
 * a version the open page's refresh listens for. A page request never reads the tree.
 */

export interface DevStoreOptions {
  file: string;
  /** The working store of `npm run content:check`, to start from when there is no copy yet. */
  seed?: string;
  source: ContentSource;
  images: ImageResolver;
  /** Folders to watch: the content tree, then public/images. */
  contentDir: string;
  imagesDir?: string;
  /** How long to wait for more saves before checking (editors' tools write in several steps). */
  debounceMs?: number;
  log?: (message: string) => void;
}

/** What the watcher notes when it cannot say which file changed. */
const FULL_SCAN = '*';

/**
 * Calls `onChange` with the path (relative to `root`, with /) of whatever changes under
 * it. Each folder is watched on its own rather than with `recursive: true`, which on
 * Linux under Node 20 stops reporting a file once an editor saves it by renaming a new
 * copy over it, as most do. Folders that appear are watched as they appear.
 */
function watchTree(root: string, onChange: (relative: string) => void, log: (message: string) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(/*turbopackIgnore: true*/ dir, (_event, name) => {
        const full = name ? path.join(dir, name.toString()) : dir;
        if (!name || (watchers.has(full) && !isDirectory(full))) {
          // A folder went away or the event names nothing: read the whole tree again.
          onChange(FULL_SCAN);
        } else if (isDirectory(full)) {
          // A folder appeared, perhaps moved in whole: watch it, and read the whole tree again.
          walk(full);
          onChange(FULL_SCAN);
        } else {
          onChange(path.relative(root, full).split(path.sep).join('/'));
        }
      });
    } catch (error) {
      log(`Cannot watch ${dir} for changes: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    // A folder that is removed ends its watcher with an error: forget it.
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
  };
  const walk = (dir: string) => {
    add(dir);
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith('.')) walk(path.join(dir, entry.name));
  };
  walk(root);
  return () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

function isDirectory(file: string): boolean {
  try {
    return statSync(/*turbopackIgnore: true*/ file).isDirectory();
  } catch {
    return false;
  }
}

function usable(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return reusable(db);
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export class DevStore {
  readonly store: ContentStore;
  /** Raised after every update, for the page's refresh. */
  version = 0;
  /** What the last update did: how many files it checked again, and the tree's problems. */
  lastReport: SyncReport | undefined;
  private readonly db: Database.Database;
  private readonly listeners = new Set<(version: number) => void>();
  private readonly stopWatching: (() => void)[] = [];
  private pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastLogged = '';
  private readonly log: (message: string) => void;

  constructor(private readonly options: DevStoreOptions) {
    this.log = options.log ?? ((message) => console.warn(message));
    const { file, seed } = options;
    mkdirSync(path.dirname(file), { recursive: true });
    if (!usable(file)) {
      rmSync(file, { force: true });
      if (seed && usable(seed)) copyFileSync(seed, file);
    }
    this.db = new Database(file);
    if (!usable(file)) createTables(this.db);
    this.store = new ContentStore(this.db);
    const started = performance.now();
    const report = this.update(undefined);
    if (report.checked > 0) this.log(`Content store: checked ${report.checked} of ${report.files} files in ${Math.round(performance.now() - started)} ms.`);
    this.watch();
  }

  /** Calls `listener` with the new version after each update; returns the function that stops it. */
  subscribe(listener: (version: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    clearTimeout(this.timer);
    for (const stop of this.stopWatching) stop();
    this.db.close();
  }

  /** Checks the files named (or the whole tree when undefined) and announces the new version. */
  update(changed: readonly string[] | undefined): SyncReport {
    const report = syncStoreNow(this.db, { source: this.options.source, images: this.options.images, changed });
    this.lastReport = report;
    this.store.refresh();
    this.version += 1;
    const text = report.problems.length ? formatReport(report.problems) : '';
    if (text && text !== this.lastLogged) this.log(text);
    this.lastLogged = text;
    for (const listener of this.listeners) listener(this.version);
    return report;
  }

  private watch(): void {
    const { contentDir, imagesDir } = this.options;
    const note = (name: string) => {
      this.pending.add(name);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), this.options.debounceMs ?? 100);
    };
    this.stopWatching.push(watchTree(contentDir, note, this.log));
    // For an image nothing is named: every run reads again the sizes of images whose file changed.
    if (imagesDir && existsSync(imagesDir)) this.stopWatching.push(watchTree(imagesDir, (name) => note(name === FULL_SCAN ? FULL_SCAN : ''), this.log));
  }

  private flush(): void {
    const names = [...this.pending];
    this.pending = new Set();
    try {
      this.update(names.includes(FULL_SCAN) ? undefined : names.filter(isContentFile));
    } catch (error) {
      this.log(`Content store not updated: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
