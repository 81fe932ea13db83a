import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { duplicateUpdateIds, pinnedProblems, updatesOutsideWindow, type LiveProblem } from '../live/checks';
import { LIVE_INDEX_FILE } from '../live/schema';
import { liveModifiedAt, oldestFirst } from '../live/pages';
import { putSearchDocument, putUpdateDocuments } from '../search/indexing';
import { PHASE } from '../check/problems';
import { storedSummarySchema } from './file-check';

/**
 * The checks across a live blog's files, over the stored rows, run with the other
 * cross-file checks on every run: each update belongs to a live blog, keeps to its
 * coverage window and has an id of its own; `pinned` names one of them. Then what
 * a live blog's row takes from its updates: its date of modification and its
 * search document (introduction, key points and the updates published so far).
 */

type Add = (file: string, line: number | undefined, column: number | undefined, phase: number, field: string, message: string) => void;

const updateRow = z.object({ file: z.string(), blog: z.string(), id: z.string(), at: z.string(), idLine: z.number(), idCol: z.number(), atLine: z.number(), atCol: z.number() });
const blogRow = z.object({ file: z.string(), publishedAt: z.string(), summary: z.string(), pinnedLine: z.number().nullable(), pinnedCol: z.number().nullable() });

function liveBlogs(db: Database) {
  return db
    .prepare(
      `SELECT a.file, a.published_at AS publishedAt, a.summary, p.line AS pinnedLine, p.col AS pinnedCol
       FROM articles a JOIN live_blogs l ON l.file = a.file LEFT JOIN refs p ON p.file = a.file AND p.kind = 'pinned'
       ORDER BY a.file`,
    )
    .all()
    .map((value) => {
      const row = blogRow.parse(value);
      return { ...row, summary: storedSummarySchema.parse(JSON.parse(row.summary)) };
    });
}

/** Finds the problems between a live blog's files; `add` records each (they are cross-file problems of the update or index file). */
export function checkLiveBlogs(db: Database, add: Add, label: string): void {
  const updates = db
    .prepare(
      `SELECT u.file, u.blog, u.id, u.at, i.line AS idLine, i.col AS idCol, t.line AS atLine, t.col AS atCol FROM live_updates u
       JOIN refs i ON i.file = u.file AND i.kind = 'update-id' JOIN refs t ON t.file = u.file AND t.kind = 'update-at' ORDER BY u.blog, u.file`,
    )
    .all()
    .map((value) => updateRow.parse(value));
  const byBlog = new Map<string, typeof updates>();
  for (const u of updates) byBlog.set(u.blog, [...(byBlog.get(u.blog) ?? []), u]);
  // Problems name files as editors see them (with the content folder); rows are kept by their path under it.
  const shown = (file: string) => `${label}/${file}`;
  const rows = new Map(updates.map((u) => [shown(u.file), u]));
  const report = (problems: LiveProblem[]) => {
    for (const p of problems) {
      const row = rows.get(p.file);
      if (!row) continue;
      const at = p.field === 'at' ? [row.atLine, row.atCol] : [row.idLine, row.idCol];
      add(row.file, at[0], at[1], PHASE.live, p.field, p.message);
    }
  };

  // An update whose folder has no index.mdx at all; one whose index has errors is left to that file's problems.
  const hasFile = db.prepare('SELECT 1 FROM files WHERE file = ?').pluck();
  for (const [blog, list] of byBlog) {
    if (hasFile.get(blog) !== undefined) continue;
    for (const u of list) add(u.file, 1, 1, PHASE.live, '(file)', `belongs to no live blog: ${label}/${blog} is missing (every folder under live/ needs its ${LIVE_INDEX_FILE})`);
  }

  for (const blog of liveBlogs(db)) {
    const list = (byBlog.get(blog.file) ?? []).map((u) => ({ ...u, file: shown(u.file) }));
    report(updatesOutsideWindow(list, { start: blog.publishedAt, end: blog.summary.live?.closedAt }));
    report(duplicateUpdateIds(list));
    for (const p of pinnedProblems(blog.file, blog.summary.live?.pinned, new Set(list.map((u) => u.id)))) {
      add(p.file, blog.pinnedLine ?? undefined, blog.pinnedCol ?? undefined, PHASE.live, p.field, p.message);
    }
  }
}

const publishedUpdate = z.object({ id: z.string(), at: z.string(), title: z.string().nullable(), text: z.string() });

/**
 * An update's title and text as one passage of its live blog's search document: a title that
 * does not end a sentence is set off from the text by a dash, so a passage never runs one
 * into the other.
 */
function titledText({ title, text }: { title: string | null; text: string }): string {
  if (!title) return text;
  return `${title}${/[.!?…:]["'”’)]*$/.test(title) ? ' ' : ' — '}${text}`;
}

/**
 * What each live blog's row takes from its updates once they are checked: its
 * modification date (the newest update published by `at`, or its own) and its search
 * document, so a search finds the live blog by the words of any of its updates.
 * Run over every live blog each time, so an incremental run leaves what a full one does.
 */
export function settleLiveBlogs(db: Database, at: Date): void {
  const updatesOf = db.prepare('SELECT id, at, title, text FROM live_updates WHERE blog = ? AND ok = 1 AND at_ms <= ?');
  const intro = db.prepare('SELECT intro FROM live_blogs WHERE file = ?').pluck();
  const lastById = db.prepare('SELECT max(file) FROM articles WHERE id = ?').pluck();
  const setModified = db.prepare('UPDATE articles SET modified_at = ?, modified_ms = ? WHERE file = ?');
  const idOf = db.prepare('SELECT id, draft FROM articles WHERE file = ?');
  for (const blog of liveBlogs(db)) {
    const updates = oldestFirst(updatesOf.all(blog.file, at.getTime()).map((row) => publishedUpdate.parse(row)));
    const { corrections, updatedAt, headline, standfirst, live } = blog.summary;
    const modified = liveModifiedAt({ publishedAt: blog.publishedAt, corrections, ...(updatedAt === undefined ? {} : { updatedAt }) }, updates);
    setModified.run(modified, Date.parse(modified), blog.file);
    const own = z.object({ id: z.string(), draft: z.number() }).parse(idOf.get(blog.file));
    // Where files share an id (an error next dev still shows), the last file by path keeps the document.
    if (lastById.get(own.id) !== blog.file) continue;
    const text = [intro.get(blog.file), ...(live?.keyPoints ?? []), ...updates.reverse().map(titledText)];
    putSearchDocument(db, { id: own.id, headline, standfirst, body: text.filter((t) => typeof t === 'string' && t).join('\n'), publishedAt: blog.publishedAt, draft: own.draft === 1 });
    putUpdateDocuments(db, own.id, updates.map((u) => ({ id: u.id, text: u.text, at: u.at, ...(u.title === null ? {} : { title: u.title }) })));
  }
}
