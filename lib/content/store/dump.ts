import type { Database } from 'better-sqlite3';
import { z } from 'zod';

/**
 * Every row of every table of a store, in a canonical order, as text: two stores
 * hold the same content exactly when their dumps are equal. The search engine's
 * own tables are left out (their internal layout depends on the order documents
 * were written); compare search results for those. For tests.
 */
export function dumpStore(db: Database): Record<string, string[]> {
  const tables = z
    .array(z.string())
    .parse(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%' ORDER BY name").pluck().all());
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
    out[table] = rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value))).sort();
  }
  return out;
}
