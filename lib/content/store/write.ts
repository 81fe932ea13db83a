import type { Database } from 'better-sqlite3';
import { deleteSearchDocument, putSearchDocument } from '../search/indexing';
import type { FileProblem } from '../check/problems';
import type { FileResult } from './file-check';

/** Writes and removes the rows that come from one content file. */
export class FileRows {
  private readonly statements;
  /** Which file's document each id written in this run was last given. */
  private readonly searched = new Map<string, string>();
  /** Ids whose document was dropped with a file. */
  private readonly dropped = new Set<string>();

  constructor(private readonly db: Database) {
    this.statements = {
      idOf: db.prepare('SELECT id FROM articles WHERE file = ?').pluck(),
      removals: ['files', 'broken_keys', 'problems', 'articles', 'bodies', 'article_tags', 'article_authors', 'refs', 'related', 'live_blogs', 'live_updates'].map((table) =>
        db.prepare(`DELETE FROM ${table} WHERE file = ?`),
      ),
      file: db.prepare('INSERT INTO files (file, hash, guessed_path) VALUES (?, ?, ?)'),
      brokenKey: db.prepare('INSERT OR IGNORE INTO broken_keys (key, file) VALUES (?, ?)'),
      problem: db.prepare('INSERT INTO problems (file, phase, seq, line, col, field, message, severity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      article: db.prepare(
        `INSERT INTO articles (file, id, path, section, published_at, published_ms, modified_at, modified_ms, draft, ok, hero, summary)
         VALUES (@file, @id, @path, @section, @publishedAt, @publishedMs, @modifiedAt, @modifiedMs, @draft, 0, @hero, @summary)`,
      ),
      body: db.prepare('INSERT INTO bodies (file, tree) VALUES (?, ?)'),
      tag: db.prepare('INSERT INTO article_tags (file, position, slug, name, published_ms, id) VALUES (?, ?, ?, ?, ?, ?)'),
      author: db.prepare('INSERT INTO article_authors (file, position, author, published_ms, id) VALUES (?, ?, ?, ?, ?)'),
      ref: db.prepare('INSERT INTO refs (file, kind, position, value, target, line, col) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      liveBlog: db.prepare('INSERT INTO live_blogs (file, intro) VALUES (?, ?)'),
      update: db.prepare(
        `INSERT INTO live_updates (file, blog, id, at, at_ms, title, author, key_event, text, tree, ok)
         VALUES (@file, @blog, @id, @at, @atMs, @title, @author, @keyEvent, @text, @tree, 0)`,
      ),
    };
  }

  /** Drops everything a file contributed, its search document included. */
  remove(file: string): void {
    const id: unknown = this.statements.idOf.get(file);
    if (typeof id === 'string') {
      deleteSearchDocument(this.db, id);
      this.searched.delete(id);
      this.dropped.add(id);
    }
    for (const statement of this.statements.removals) statement.run(file);
  }

  /** Replaces a file's rows with those of its new check. */
  write(result: FileResult): void {
    const s = this.statements;
    const { file } = result;
    this.remove(file);
    s.file.run(file, result.hash, result.guessedPath ?? null);
    for (const key of result.brokenKeys) s.brokenKey.run(key, file);
    writeProblems(s.problem, file, result.problems);
    const u = result.update;
    if (u) {
      s.update.run({ file, blog: u.blog, id: u.id, at: u.at, atMs: u.atMs, title: u.title ?? null, author: u.author ?? null, keyEvent: u.keyEvent ? 1 : 0, text: u.text, tree: u.tree });
      for (const r of u.refs) s.ref.run(file, r.kind, r.position, r.value, r.target ?? null, r.line, r.column);
    }
    const a = result.article;
    if (!a) return;
    if (result.intro !== undefined) s.liveBlog.run(file, result.intro);
    s.article.run({
      file,
      id: a.id,
      path: a.path,
      section: a.section,
      publishedAt: a.publishedAt,
      publishedMs: a.publishedMs,
      modifiedAt: a.modifiedAt,
      modifiedMs: a.modifiedMs,
      draft: a.draft ? 1 : 0,
      hero: a.summary.image.src,
      summary: JSON.stringify(a.summary),
    });
    s.body.run(file, a.tree);
    a.tags.forEach((tag, i) => s.tag.run(file, i, tag.slug, tag.name, a.publishedMs, a.id));
    a.authors.forEach((author, i) => s.author.run(file, i, author, a.publishedMs, a.id));
    for (const r of a.refs) s.ref.run(file, r.kind, r.position, r.value, r.target ?? null, r.line, r.column);
    putSearchDocument(this.db, a.search);
    this.searched.set(a.id, file);
  }

  /**
   * Search keeps one document per article id. Where files share an id (an error, but
   * `next dev` goes on showing such a tree) the document is the last file's by path,
   * whatever order the run wrote them in: `recheck` gives that file's rows again.
   */
  settleSearch(recheck: (file: string) => FileResult | undefined): void {
    const shared = this.db.prepare('SELECT id FROM articles GROUP BY id HAVING count(*) > 1').pluck().all();
    const lastFile = this.db.prepare('SELECT max(file) FROM articles WHERE id = ?').pluck();
    for (const id of new Set([...this.dropped, ...shared])) {
      if (typeof id !== 'string') continue;
      const last: unknown = lastFile.get(id);
      if (typeof last !== 'string') {
        deleteSearchDocument(this.db, id);
      } else if (this.searched.get(id) !== last) {
        const search = recheck(last)?.article?.search;
        if (search) putSearchDocument(this.db, search);
      }
    }
  }
}

/** Problems of one file within their phases, numbered in the order they were found. */
export function writeProblems(statement: { run(...params: unknown[]): unknown }, file: string, problems: readonly FileProblem[]): void {
  const seq = new Map<number, number>();
  for (const p of problems) {
    const n = seq.get(p.phase) ?? 0;
    seq.set(p.phase, n + 1);
    statement.run(file, p.phase, n, p.line ?? null, p.column ?? null, p.field, p.message, p.severity);
  }
}
