import type { Database, Statement } from 'better-sqlite3';

// Preparing a statement costs more than running a small one: each database keeps its own, by SQL text.
const prepared = new WeakMap<Database, Map<string, Statement>>();

/** The prepared statement for `source` on `db`, made once. */
export function statement(db: Database, source: string): Statement {
  let cache = prepared.get(db);
  if (!cache) {
    cache = new Map();
    prepared.set(db, cache);
  }
  let found = cache.get(source);
  if (!found) {
    found = db.prepare(source);
    cache.set(source, found);
  }
  return found;
}
