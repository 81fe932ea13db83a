import type { Root } from 'mdast';
import { z } from 'zod';
import type { LiveFields } from '../live/schema';
import { storedSummarySchema } from './file-check';
import { StoreQueries } from './queries';
import { storedTree, type View } from './rows';

/**
 * What the gateway asks about a live blog's updates, each one query: how many
 * readers can see, a run of them in the order pages count them (oldest first),
 * where one of them stands, the newest for feeds. An update is visible when it
 * has no error and its time has come (in `next dev`'s preview, as soon as it
 * has no error).
 */

/** An update as the check stored it; `author` is an id, which the gateway resolves. */
export interface StoredUpdate {
  /** The update's file, relative to the content root. */
  file: string;
  id: string;
  at: string;
  title?: string;
  author?: string;
  /** Marked as one of the blog's key events. */
  keyEvent: boolean;
  /** The body as plain text. */
  text: string;
}

const VISIBLE_UPDATE = 'u.blog = @blog AND u.ok = 1 AND (@preview = 1 OR u.at_ms <= @at)';
const COLUMNS = 'u.file, u.id, u.at, u.title, u.author, u.key_event AS keyEvent, u.text';

const updateRow = z.object({ file: z.string(), id: z.string(), at: z.string(), title: z.string().nullable(), author: z.string().nullable(), keyEvent: z.number(), text: z.string() });
const treeRow = updateRow.extend({ tree: z.custom<Uint8Array>((value) => value instanceof Uint8Array) });

function update(value: unknown): StoredUpdate {
  const row = updateRow.parse(value);
  return {
    file: row.file,
    id: row.id,
    at: row.at,
    keyEvent: row.keyEvent === 1,
    text: row.text,
    ...(row.title === null ? {} : { title: row.title }),
    ...(row.author === null ? {} : { author: row.author }),
  };
}

function withTree(value: unknown): StoredUpdate & { body: Root } {
  const row = treeRow.parse(value);
  return { ...update(row), body: storedTree(row.tree, row.file) };
}

const params = (blog: string, view: View) => ({ blog, at: view.at.getTime(), preview: view.preview ? 1 : 0 });

export class LiveQueries extends StoreQueries {
  /** The coverage fields of the live blog whose index.mdx is `blog`; undefined for an article. */
  fields(blog: string): LiveFields | undefined {
    const summary: unknown = this.statement('SELECT summary FROM articles WHERE file = ?').pluck().get(blog);
    return typeof summary === 'string' ? storedSummarySchema.parse(JSON.parse(summary)).live : undefined;
  }

  count(blog: string, view: View): number {
    return z.number().parse(this.statement(`SELECT count(*) FROM live_updates u WHERE ${VISIBLE_UPDATE}`).pluck().get(params(blog, view)));
  }

  /** `limit` visible updates from the `offset`-th, oldest first, with their bodies. */
  run(blog: string, offset: number, limit: number, view: View): (StoredUpdate & { body: Root })[] {
    return this.all(`SELECT ${COLUMNS}, u.tree FROM live_updates u WHERE ${VISIBLE_UPDATE} ORDER BY u.at_ms, u.id LIMIT @limit OFFSET @offset`, {
      ...params(blog, view),
      limit,
      offset,
    }).map(withTree);
  }

  /** One visible update by id, with its body; where two share an id (an error), the first in page order. */
  one(blog: string, id: string, view: View): (StoredUpdate & { body: Root }) | undefined {
    const row = this.get(`SELECT ${COLUMNS}, u.tree FROM live_updates u WHERE ${VISIBLE_UPDATE} AND u.id = @id ORDER BY u.at_ms, u.id LIMIT 1`, { ...params(blog, view), id });
    return row === undefined ? undefined : withTree(row);
  }

  /** How many visible updates come before the one with this id, oldest first; undefined when none has it. */
  position(blog: string, id: string, view: View): number | undefined {
    const value: unknown = this.get(
      `SELECT (SELECT count(*) FROM live_updates u WHERE ${VISIBLE_UPDATE} AND (u.at_ms < x.at_ms OR (u.at_ms = x.at_ms AND u.id < x.id))) AS before
       FROM (SELECT u.at_ms, u.id FROM live_updates u WHERE ${VISIBLE_UPDATE} AND u.id = @id ORDER BY u.at_ms, u.id LIMIT 1) x`,
      { ...params(blog, view), id },
    );
    return value === undefined ? undefined : z.object({ before: z.number() }).parse(value).before;
  }

  /** Every visible key event, newest first; with their bodies for the key-events view, without for the list beside the updates. */
  keyEvents(blog: string, view: View, bodies: true): (StoredUpdate & { body: Root })[];
  keyEvents(blog: string, view: View, bodies: false): StoredUpdate[];
  keyEvents(blog: string, view: View, bodies: boolean): StoredUpdate[] {
    const rows = this.all(`SELECT ${COLUMNS}${bodies ? ', u.tree' : ''} FROM live_updates u WHERE ${VISIBLE_UPDATE} AND u.key_event = 1 ORDER BY u.at_ms DESC, u.id DESC`, params(blog, view));
    return bodies ? rows.map(withTree) : rows.map(update);
  }

  /** The newest visible updates, newest first, without bodies: for feeds and structured data. */
  newest(blog: string, limit: number, view: View): StoredUpdate[] {
    return this.all(`SELECT ${COLUMNS} FROM live_updates u WHERE ${VISIBLE_UPDATE} ORDER BY u.at_ms DESC, u.id DESC LIMIT @limit`, { ...params(blog, view), limit }).map(update);
  }
}
