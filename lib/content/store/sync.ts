import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { now } from '../../site/clock';
import { FRONT_FILE } from '../check/front-config';
import { checkDataFiles } from '../check/data-files';
import { sortProblems, type ContentProblem } from '../check/problems';
import { isContentFile, type ContentSource, type ImageResolver } from '../source';
import { crossCheck } from './cross-checks';
import type { EditionContext } from './edition-checks';
import { settleLiveBlogs } from './live-checks';
import { checkFile, hashOf, type FileResult, type PendingFile } from './file-check';
import { markComplete } from './schema';
import { FileRows } from './write';

/**
 * One run of the content check over a store: the files whose bytes changed
 * since the store last saw them are checked again (in worker threads when
 * there are many), the rows of removed files are dropped, then the cross-file
 * checks run over all rows. Whatever the store held before, the rows and
 * problems afterwards are those a run from an empty store would write.
 */

export interface SyncOptions {
  source: ContentSource;
  images: ImageResolver;
  /** The moment links to scheduled articles are judged against; now() by default. */
  at?: Date;
  /**
   * Files that may have changed since the last run (`next dev`'s watcher), relative to
   * the content root; when undefined every article file is read and hashed.
   */
  changed?: readonly string[];
  /**
   * How the changed files are checked: on this thread by default; the content check
   * passes worker threads (lib/content/store/pool.ts). `count` is how many there are.
   */
  checkFiles?: (pending: Iterator<PendingFile>, count: number) => AsyncIterable<FileResult> | Iterable<FileResult>;
  /** Called as files are checked: done and total, counting unchanged files as done. */
  onProgress?: (done: number, total: number) => void;
  /** The edition whose folder `source` reads, and what its translations need of the default edition; the default edition when absent. */
  editions?: EditionContext;
}

export interface SyncReport {
  /** Every problem in the tree, sorted as editors read them. */
  problems: ContentProblem[];
  /** Article files in the tree. */
  files: number;
  /** Files checked again because they were new or changed. */
  checked: number;
  /** Files dropped because they are gone. */
  removed: number;
  /** What the store now holds (drafts and scheduled articles at the moment checked). */
  counts: { articles: number; drafts: number; scheduled: number; sections: number; authors: number };
}

interface Plan {
  /** Files to check again. */
  changed: string[];
  removed: string[];
  /** Files looked at: the whole tree, or the ones the watcher named. */
  files: number;
  unchanged: number;
}

function plan(db: Database, source: ContentSource, hint: readonly string[] | undefined): Plan {
  const storedHash = db.prepare('SELECT hash FROM files WHERE file = ?').pluck();
  const candidates = hint ? [...new Set(hint.filter(isContentFile))] : source.listFiles();
  const changed: string[] = [];
  const removed: string[] = [];
  let unchanged = 0;
  for (const file of candidates) {
    const text = source.read(file);
    const stored: unknown = storedHash.get(file);
    if (text === undefined) {
      if (stored !== undefined) removed.push(file);
    } else if (stored !== hashOf(text)) changed.push(file);
    else unchanged += 1;
  }
  if (!hint) {
    const listed = new Set(candidates);
    for (const file of db.prepare('SELECT file FROM files').pluck().all()) {
      if (typeof file === 'string' && !listed.has(file)) removed.push(file);
    }
  }
  return { changed, removed, files: candidates.length, unchanged };
}

/** The changed files, read again as they are checked, so a full run never holds the whole tree. */
function* pendingFiles(source: ContentSource, changed: readonly string[]): Generator<PendingFile> {
  for (const file of changed) {
    const text = source.read(file);
    if (text !== undefined) yield { file, text, hash: hashOf(text) };
  }
}

function* checkHere(pending: Iterable<PendingFile>): Generator<FileResult> {
  for (const p of pending) yield checkFile(p.file, p.text, p.hash);
}

/** Every problem stored, in the order a check finds them, then sorted for editors. */
export function storedProblems(db: Database, label: string): ContentProblem[] {
  const row = z.object({ file: z.string(), line: z.number().nullable(), col: z.number().nullable(), field: z.string(), message: z.string(), severity: z.enum(['error', 'warning']) });
  const rows = db.prepare('SELECT file, line, col, field, message, severity FROM problems ORDER BY phase, file, seq').all();
  return sortProblems(
    rows.map((value) => {
      const p = row.parse(value);
      const where = p.line === null ? {} : { line: p.line, column: p.col ?? 1 };
      return { file: `${label}/${p.file}`, ...where, field: p.field, message: p.message, severity: p.severity };
    }),
  );
}

const imageRow = z.object({ src: z.string(), version: z.string().nullable() });

/** Sizes of every image an article names: read again only when the file changed (or its version is unknown). */
function refreshImages(db: Database, images: ImageResolver): void {
  const stored = new Map<string, string | null>();
  for (const value of db.prepare('SELECT src, version FROM images').all()) {
    const row = imageRow.parse(value);
    stored.set(row.src, row.version);
  }
  const put = db.prepare('INSERT OR REPLACE INTO images (src, version, width, height) VALUES (?, ?, ?, ?)');
  for (const src of db.prepare("SELECT DISTINCT value FROM refs WHERE kind IN ('hero', 'figure')").pluck().all()) {
    if (typeof src !== 'string') continue;
    const version = images.version?.(src);
    const known = stored.get(src);
    stored.delete(src);
    if (version !== undefined && known === version) continue;
    const info = images(src);
    put.run(src, version ?? null, info?.width ?? null, info?.height ?? null);
  }
  const drop = db.prepare('DELETE FROM images WHERE src = ?');
  for (const src of stored.keys()) drop.run(src);
}

function finish(db: Database, options: SyncOptions & { at: Date }): ContentProblem[] {
  const { source } = options;
  refreshImages(db, options.images);
  crossCheck(db, {
    label: source.label,
    at: options.at,
    data: checkDataFiles((name) => source.read(name)),
    front: source.read(FRONT_FILE),
    ...(options.editions ? { editions: options.editions } : {}),
  });
  settleLiveBlogs(db, options.at);
  markComplete(db);
  return storedProblems(db, source.label);
}

function report(db: Database, problems: ContentProblem[], planned: Plan, at: Date): SyncReport {
  const counts = z
    .object({ files: z.number(), articles: z.number(), drafts: z.number(), scheduled: z.number(), sections: z.number(), authors: z.number() })
    .parse(
      db
        .prepare(
          `SELECT (SELECT count(*) FROM files) AS files, count(*) AS articles, coalesce(sum(draft), 0) AS drafts,
             coalesce(sum(draft = 0 AND published_ms > @at), 0) AS scheduled,
             (SELECT count(*) FROM sections) AS sections, (SELECT count(*) FROM authors) AS authors FROM articles`,
        )
        .get({ at: at.getTime() }),
    );
  const { files, ...rest } = counts;
  return { problems, files, checked: planned.changed.length, removed: planned.removed.length, counts: rest };
}

/** Runs a check over `db` in one transaction. */
export async function syncStore(db: Database, options: SyncOptions): Promise<SyncReport> {
  const at = options.at ?? now();
  db.exec('BEGIN');
  try {
    const planned = plan(db, options.source, options.changed);
    const rows = new FileRows(db);
    for (const file of planned.removed) rows.remove(file);
    const pending = pendingFiles(options.source, planned.changed);
    const results = options.checkFiles ? options.checkFiles(pending, planned.changed.length) : checkHere(pending);
    let done = planned.unchanged;
    options.onProgress?.(done, planned.files);
    for await (const result of results) {
      rows.write(result);
      options.onProgress?.((done += 1), planned.files);
    }
    rows.settleSearch((file) => checkHere(pendingFiles(options.source, [file])).next().value);
    const problems = finish(db, { ...options, at });
    const result = report(db, problems, planned, at);
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** The same run on this thread alone, synchronously: for `next dev` and tests. */
export function syncStoreNow(db: Database, options: Omit<SyncOptions, 'checkFiles'>): SyncReport {
  const at = options.at ?? now();
  return db.transaction(() => {
    const planned = plan(db, options.source, options.changed);
    const rows = new FileRows(db);
    for (const file of planned.removed) rows.remove(file);
    for (const result of checkHere(pendingFiles(options.source, planned.changed))) rows.write(result);
    rows.settleSearch((file) => checkHere(pendingFiles(options.source, [file])).next().value);
    return report(db, finish(db, { ...options, at }), planned, at);
  })();
}
