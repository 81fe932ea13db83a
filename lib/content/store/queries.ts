import type { Database, Statement } from 'better-sqlite3';

/** What every question to the store shares: its statements, prepared once per connection. */

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

  /** The rows of a query, its statement prepared once. */
  all(sql: string, params: Record<string, unknown> = {}): unknown[] {
    return this.statement(sql).all(params);
  }

  protected get(sql: string, params: Record<string, unknown> = {}): unknown {
    return this.statement(sql).get(params);
  }
}
