import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createSearchTables } from '../search/indexing';
import { editions } from '../../site/editions';
import { bodyComponents } from '../check/body';

/**
 * The content store: one SQLite file holding the checked content (see
 * docs/decisions/0002-content-store.md). Rows are keyed by the file they come
 * from (its path under the content root), never by a number a run assigns, so
 * two runs over the same tree write the same rows whatever they started from.
 */

/** PRAGMA user_version: raised whenever a table changes shape. */
const SCHEMA_VERSION = 5;

/**
 * What the per-file step's result depends on besides the file's bytes: its own
 * version, each edition's address prefix and newsroom time zone (they date URLs)
 * and the component allow-list. A store checked by another one is checked again
 * from scratch.
 */
const FILE_CHECK_VERSION = `5;${editions.map((edition) => `${edition.lang}${edition.pathPrefix}@${edition.timeZone}`).join(',')};${Object.keys(bodyComponents).join(',')}`;

const TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- Every content file the last run read (articles, live blogs and their updates), by a hash of its bytes.
CREATE TABLE files (
  file TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  -- The URL a file whose frontmatter failed would have, so next dev can explain it there.
  guessed_path TEXT
) WITHOUT ROWID;
CREATE INDEX files_guessed_path ON files (guessed_path) WHERE guessed_path IS NOT NULL;

-- Ids and slugs written in files whose frontmatter could not be read.
CREATE TABLE broken_keys (key TEXT NOT NULL, file TEXT NOT NULL, PRIMARY KEY (key, file)) WITHOUT ROWID;

-- Every problem, own (phases 0 and 2, kept with the file) and cross-file (found again each run).
CREATE TABLE problems (
  file TEXT NOT NULL,
  phase INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  line INTEGER,
  col INTEGER,
  field TEXT NOT NULL,
  message TEXT NOT NULL,
  severity TEXT NOT NULL,
  PRIMARY KEY (file, phase, seq)
) WITHOUT ROWID;

-- One row per article whose frontmatter passed its schema; ok = 0 when it has an error.
CREATE TABLE articles (
  file TEXT NOT NULL UNIQUE,
  id TEXT NOT NULL,
  path TEXT NOT NULL,
  section TEXT NOT NULL,
  published_at TEXT NOT NULL,
  published_ms INTEGER NOT NULL,
  modified_at TEXT NOT NULL,
  modified_ms INTEGER NOT NULL,
  draft INTEGER NOT NULL,
  ok INTEGER NOT NULL,
  hero TEXT NOT NULL,
  summary TEXT NOT NULL
);
CREATE INDEX articles_id ON articles (id);
CREATE INDEX articles_path ON articles (path);
CREATE INDEX articles_newest ON articles (published_ms DESC, id);
CREATE INDEX articles_section ON articles (section, published_ms DESC, id);

-- The parsed body (mdast without positions, JSON, deflated): a page never parses MDX.
CREATE TABLE bodies (file TEXT NOT NULL UNIQUE, tree BLOB NOT NULL);

-- Lists carry the article's date and id so a page of a tag or an author is read in index order.
CREATE TABLE article_tags (
  file TEXT NOT NULL,
  position INTEGER NOT NULL,
  slug TEXT NOT NULL,
  name TEXT NOT NULL,
  published_ms INTEGER NOT NULL,
  id TEXT NOT NULL,
  PRIMARY KEY (file, position)
) WITHOUT ROWID;
CREATE INDEX article_tags_slug ON article_tags (slug, published_ms DESC, id);
CREATE TABLE article_authors (
  file TEXT NOT NULL,
  position INTEGER NOT NULL,
  author TEXT NOT NULL,
  published_ms INTEGER NOT NULL,
  id TEXT NOT NULL,
  PRIMARY KEY (file, position)
) WITHOUT ROWID;
CREATE INDEX article_authors_author ON article_authors (author, published_ms DESC, id);

-- What an article names, with where it names it: the cross-file checks run over these.
-- kind: id, slug, author, section, hero, figure, related, also-read, link, redirect.
CREATE TABLE refs (
  file TEXT NOT NULL,
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  -- For links: the site path the link leads to, without query, fragment or trailing slash.
  target TEXT,
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  PRIMARY KEY (file, kind, position)
) WITHOUT ROWID;
CREATE INDEX refs_value ON refs (kind, value);

-- A live blog is an article row (its index.mdx); here is what it adds: its introduction as text, for its search document.
CREATE TABLE live_blogs (file TEXT PRIMARY KEY, intro TEXT NOT NULL) WITHOUT ROWID;

-- One row per update whose name and frontmatter passed; blog is its live blog's index.mdx. ok = 0 when it has an error.
CREATE TABLE live_updates (
  file TEXT PRIMARY KEY,
  blog TEXT NOT NULL,
  id TEXT NOT NULL,
  at TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  title TEXT,
  author TEXT,
  key_event INTEGER NOT NULL,
  text TEXT NOT NULL,
  tree BLOB NOT NULL,
  ok INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX live_updates_blog ON live_updates (blog, at_ms, id);

-- Ranked candidates for "Related stories" (a JSON array of ids); the page shows the first published ones.
CREATE TABLE related (file TEXT PRIMARY KEY, targets TEXT NOT NULL) WITHOUT ROWID;

-- A tag's name as the first article (by file) that carries it writes it.
CREATE TABLE tags (slug TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE authors (position INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, bio TEXT);
CREATE TABLE sections (position INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, description TEXT);

-- Sizes of the images articles name; version is the file's mtime and size, to read it again only when it changes.
CREATE TABLE images (src TEXT PRIMARY KEY, version TEXT, width INTEGER, height INTEGER) WITHOUT ROWID;
`;

/** Creates the tables in a new, empty database. */
export function createTables(db: Database.Database): void {
  db.exec(TABLES);
  createSearchTables(db);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  db.prepare("INSERT INTO meta (key, value) VALUES ('checker', ?)").run(FILE_CHECK_VERSION);
}

/** Thrown when a store cannot be used: the message names the file and the command that makes it again. */
export class ContentStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentStoreError';
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * The database size the header declares against the file's own size: a
 * truncated copy fails here at once rather than on the first page it misses.
 */
function headerProblem(file: string): string | undefined {
  const fd = openSync(/*turbopackIgnore: true*/ file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_HEADER) return 'it is not an SQLite database';
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const pages = header.readUInt32BE(28);
    const size = fstatSync(fd).size;
    // The declared size is only valid when the header says so (offsets 24 and 92 agree).
    if (header.readUInt32BE(24) === header.readUInt32BE(92) && pages * pageSize !== size) {
      return `it holds ${size} bytes where its header declares ${pages * pageSize}: the file was cut short`;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

export interface OpenOptions {
  /** The command that writes the store again, named in every error. */
  rebuild: string;
  /** The file named in errors, when `file` is a copy of it (a server reads its own copy). */
  shownAs?: string;
  /** Read every page and index first (`PRAGMA integrity_check`): one second per 200 MB or so. */
  whole?: boolean;
}

/** The SQLite statement that reads every page and index of a store, stopping at the first fault. */
export const WHOLE_CHECK = 'PRAGMA integrity_check(1)';

/** What WHOLE_CHECK answered, on one line; undefined when the store is whole. */
export function faultOf(answer: unknown): string | undefined {
  return answer === 'ok' ? undefined : String(answer).replace(/\s*\n\s*/g, ' ').replace(/^\*\*\* in database main \*\*\* /, '');
}

/**
 * Opens a finished store to read from, or explains why it cannot: missing,
 * damaged, written by another schema version, or left incomplete by a run that
 * stopped. A server never answers from half a store.
 */
export function openStoreForReading(file: string, { rebuild, shownAs = file, whole = false }: OpenOptions): Database.Database {
  const fix = `Rebuild it with \`${rebuild}\`.`;
  if (!existsSync(/*turbopackIgnore: true*/ file)) throw new ContentStoreError(`No content store at ${shownAs}. Build it with \`${rebuild}\`.`);
  let db: Database.Database | undefined;
  try {
    const problem = headerProblem(file);
    if (problem) throw new ContentStoreError(`The content store ${shownAs} is damaged: ${problem}. ${fix}`);
    db = new Database(/*turbopackIgnore: true*/ file, { readonly: true, fileMustExist: true });
    if (whole) {
      // A page damaged after the header (a bad copy, a disk fault) is found here, not by a reader.
      const fault = faultOf(db.prepare(WHOLE_CHECK).pluck().get());
      if (fault) throw new ContentStoreError(`The content store ${shownAs} is damaged: ${fault}. ${fix}`);
    }
    const version: unknown = db.pragma('user_version', { simple: true });
    if (version !== SCHEMA_VERSION) {
      throw new ContentStoreError(`The content store ${shownAs} has schema version ${String(version)}; this version of Masthead reads version ${SCHEMA_VERSION}. ${fix}`);
    }
    const complete: unknown = db.prepare("SELECT value FROM meta WHERE key = 'complete'").pluck().get();
    if (complete !== '1') throw new ContentStoreError(`The content store ${shownAs} is incomplete: the run that wrote it did not finish. ${fix}`);
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof ContentStoreError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentStoreError(`The content store ${shownAs} is damaged (${reason}). ${fix}`);
  }
}

/** Marks a store as finished: the last write of a run. */
export function markComplete(db: Database.Database): void {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('complete', '1')").run();
}

/** Whether a store can be carried on from: same schema, same per-file check, finished. */
export function reusable(db: Database.Database): boolean {
  try {
    if (db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) return false;
    const rows = db.prepare("SELECT key, value FROM meta WHERE key IN ('checker', 'complete')").all();
    const meta = new Map(rows.map((row) => [Reflect.get(Object(row), 'key'), Reflect.get(Object(row), 'value')]));
    return meta.get('checker') === FILE_CHECK_VERSION && meta.get('complete') === '1';
  } catch {
    return false;
  }
}
