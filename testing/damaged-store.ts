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
 * A copy of the store at `good` at `to`, with the middle third of its pages scrambled: the schema,
 * the completion mark and the first pages of each table are as they were, so the store opens and
 * says it is finished, and only reading every page finds the fault.
 */
export function damagedCopy(good: string, to: string): string {
  copyFileSync(good, to);
  const fd = openSync(to, 'r');
  const pages = Math.floor(fstatSync(fd).size / pageSize(fd));
  closeSync(fd);
  if (pages < 9) throw new Error(`${good} has ${pages} pages: too few to damage only the middle`);
  scramblePages(to, Math.ceil(pages / 3), Math.floor((2 * pages) / 3));
  return to;
}
