import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { now } from '../../site/clock';
import { pageFacts, type PageFacts } from './page-facts';
import { ContentStore } from './read';
import { createTables, faultOf, reusable, WHOLE_CHECK } from './schema';
import { syncStore, syncStoreNow, type SyncOptions, type SyncReport } from './sync';
import { optimizeSearchTables } from '../search/indexing';

/**
 * A content check that leaves a store behind: it starts from a copy of the
 * previous store (when there is a usable one and `full` is not asked for),
 * brings the copy up to date with the tree, and renames it into place only
 * when the tree has no errors. A failed or interrupted run leaves the
 * previous store as it was.
 */

export interface RunOptions extends SyncOptions {
  /** Where the store lives. */
  file: string;
  /** Ignore the previous store and check every file. */
  full?: boolean;
}

export interface RunResult extends SyncReport {
  /** Whether the run started from the previous store. */
  incremental: boolean;
  /** Why the previous store was not used, when there was one. */
  discarded?: string;
  /** Whether the new store replaced the old: only when the tree has no errors. */
  written: boolean;
  /** What the headers of pages depend on besides their address (lib/http/page-policies.js). */
  pages: PageFacts;
}

/**
 * Whether the previous store can be carried on from: same schema and check, finished, and whole.
 * Every page and index is read first (about a second per 200 MB): a store damaged past its
 * header is set aside and every file checked again, rather than carried into the build and
 * the servers.
 */
function previousStore(file: string): { usable: boolean; reason?: string } {
  if (!existsSync(file)) return { usable: false };
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (!reusable(db)) return { usable: false, reason: 'it was written by another version of the check, or not finished' };
      const fault = faultOf(db.prepare(WHOLE_CHECK).pluck().get());
      return fault ? { usable: false, reason: `it is damaged: ${fault}` } : { usable: true };
    } finally {
      db.close();
    }
  } catch (error) {
    return { usable: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export async function checkIntoStore(options: RunOptions): Promise<RunResult> {
  const { file } = options;
  mkdirSync(path.dirname(file), { recursive: true });
  const previous = options.full ? { usable: false } : previousStore(file);
  const temporary = `${file}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  if (previous.usable) copyFileSync(file, temporary);
  const db = new Database(temporary);
  let written = false;
  try {
    // The copy is thrown away if anything fails, so it needs no journal of its own.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    if (!previous.usable) createTables(db);
    const report = await syncStore(db, options);
    written = !report.problems.some((p) => p.severity === 'error');
    const pages = pageFacts(db, options.at ?? now());
    // A store written from nothing merges its search index into one segment; later runs add to it.
    if (written && !previous.usable) optimizeSearchTables(db);
    db.pragma('journal_mode = DELETE');
    db.close();
    if (written) renameSync(temporary, file);
    return { ...report, incremental: previous.usable, written, pages, ...(previous.reason ? { discarded: previous.reason } : {}) };
  } finally {
    if (db.open) db.close();
    if (!written) rmSync(temporary, { force: true });
  }
}

/**
 * A check into a store held in memory: the same run, for tests and tools that need
 * its answers without keeping a file.
 */
export function checkInMemory(options: Omit<SyncOptions, 'checkFiles'>): SyncReport & { store: ContentStore } {
  const db = new Database(':memory:');
  createTables(db);
  return { ...syncStoreNow(db, options), store: new ContentStore(db) };
}
