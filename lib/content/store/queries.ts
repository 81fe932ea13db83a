import { inflateRawSync } from 'node:zlib';
import type { Database, Statement } from 'better-sqlite3';
import type { Root } from 'mdast';

/**
 * What every question to the store shares: prepared statements kept per
 * connection, and the published view readers see, a WHERE clause every query
 * carries: no article with an error, no draft, nothing whose publishedAt is
 * ahead of the moment asked about.
 */

export interface View {
  /** The moment the reader stands at: articles published after it are not there yet. */
  at: Date;
  /** In `next dev`, an article page also previews drafts and scheduled articles (never one with errors). */
  preview?: boolean;
}

export const VISIBLE = 'a.ok = 1 AND a.draft = 0 AND a.published_ms <= @at';
export const PREVIEWABLE = 'a.ok = 1';

export class StoreQueries {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Database) {}

  protected statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  protected all(sql: string, params: Record<string, unknown> = {}): unknown[] {
    return this.statement(sql).all(params);
  }

  protected get(sql: string, params: Record<string, unknown> = {}): unknown {
    return this.statement(sql).get(params);
  }
}

/** A body tree as the check stored it (deflated JSON): the page renders it without parsing MDX. */
export function storedTree(tree: Uint8Array, file: string): Root {
  const parsed: unknown = JSON.parse(inflateRawSync(tree).toString('utf8'));
  if (!isRoot(parsed)) throw new Error(`the stored body of ${file} is not a Markdown tree`);
  return parsed;
}

function isRoot(value: unknown): value is Root {
  return typeof value === 'object' && value !== null && Reflect.get(value, 'type') === 'root' && Array.isArray(Reflect.get(value, 'children'));
}
