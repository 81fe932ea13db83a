import Database from 'better-sqlite3';
import { closeSync, copyFileSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Content stores damaged the way a bad copy or a failing disk damages them: some pages in the
 * middle overwritten with noise, while the header (page size, page count, schema version) and the
 * first pages (the schema and the completion mark) stay as they were, so only reading every page
 * finds the fault.
 */

const PAGE_SIZE_OFFSET = 16;

/** The store's page size, from its header. */
function pageSize(fd: number): number {
  const header = Buffer.alloc(2);
  readSync(fd, header, 0, 2, PAGE_SIZE_OFFSET);
  const raw = header.readUInt16BE(0);
  return raw === 1 ? 65536 : raw;
}

/**
 * Overwrites pages `from` to `to` (counted from 1, as SQLite counts them; `to` past the end stops
 * at the last page) of the store at `file` with noise that is the same on every run. Returns how
 * many pages it overwrote.
 */
function scramblePages(file: string, from: number, to: number): number {
  const fd = openSync(file, 'r+');
  try {
    const size = pageSize(fd);
    const last = Math.min(to, Math.floor(fstatSync(fd).size / size));
    let seed = 0x2545f491;
    const noise = Buffer.alloc(size);
    for (let page = from; page <= last; page++) {
      for (let i = 0; i < size; i++) {
        // xorshift: cheap, and the same bytes every time.
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        noise[i] = seed & 0xff;
      }
      writeSync(fd, noise, 0, size, (page - 1) * size);
    }
    return Math.max(0, last - from + 1);
  } finally {
    closeSync(fd);
  }
}

/**
 * The pages of the store at `file` that hold rows and index entries of the content: overwriting
 * them leaves the schema (page 1) and the completion mark (the `meta` table) as they were, in
 * whatever order the tables were written.
 */
function contentPages(file: string): number[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const pages = db.prepare("SELECT pageno FROM dbstat WHERE name NOT IN ('sqlite_schema', 'meta') ORDER BY pageno").pluck().all();
    return pages.filter((page): page is number => typeof page === 'number');
  } finally {
    db.close();
  }
}

/**
 * A copy of the store at `good` at `to`, with the middle third of its content pages scrambled:
 * the schema and the completion mark are as they were, so the store opens and says it is
 * finished, and only reading every page finds the fault.
 */
export function damagedCopy(good: string, to: string): string {
  const pages = contentPages(good);
  if (pages.length < 9) throw new Error(`${good} has ${pages.length} pages of content: too few to damage only the middle`);
  copyFileSync(good, to);
  for (const page of pages.slice(Math.ceil(pages.length / 3), Math.floor((2 * pages.length) / 3))) scramblePages(to, page, page);
  return to;
}
