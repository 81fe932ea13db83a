import Database from 'better-sqlite3';
import { z } from 'zod';
import { editionOf, type StoryChange, type StorySnapshot } from '../../site/surrogate-keys';
import { visible } from './rows';

/**
 * What a publish changes, read from the store servers answer from now and the one about to
 * replace it: the stories whose files (an article, a live blog or one of its updates) differ in
 * bytes, each as readers saw it and as they will see it at `at`; and whether the data files
 * every page shows (sections, desks, the front's composition) changed.
 */
export interface StoreChanges {
  stories: StoryChange[];
  /** Sections, desks or front.yaml differ: every page of the edition shows them. */
  siteWide: boolean;
}

const storyRow = z.object({
  file: z.string(),
  id: z.string(),
  path: z.string(),
  section: z.string(),
  published_ms: z.number(),
  shown: z.number(),
  live: z.number(),
  summary: z.string(),
  tags: z.string(),
  authors: z.string(),
});
const slugs = z.array(z.string());
const fileHash = z.object({ file: z.string(), hash: z.string() });
const updateRow = z.object({ id: z.string(), blog: z.string() });

const STORY = `SELECT a.file, a.id, a.path, a.section, a.published_ms, (${visible('a')}) AS shown,
    EXISTS (SELECT 1 FROM live_blogs l WHERE l.file = a.file) AS live, a.summary,
    (SELECT json_group_array(t.slug) FROM (SELECT slug FROM article_tags WHERE file = a.file ORDER BY position) t) AS tags,
    (SELECT json_group_array(w.author) FROM (SELECT author FROM article_authors WHERE file = a.file ORDER BY position) w) AS authors
  FROM articles a WHERE a.file = ?`;

function snapshot(db: Database.Database, file: string, at: number): StorySnapshot | undefined {
  const found: unknown = db.prepare(STORY.replaceAll('@at', String(at))).get(file);
  if (found === undefined) return undefined;
  const row = storyRow.parse(found);
  const summary: unknown = JSON.parse(row.summary);
  return {
    id: row.id,
    path: row.path,
    section: row.section,
    tags: slugs.parse(JSON.parse(row.tags)),
    authors: slugs.parse(JSON.parse(row.authors)),
    edition: typeof summary === 'object' && summary !== null ? editionOf(summary) : editionOf({}),
    publishedMs: row.published_ms,
    visible: row.shown === 1,
    live: row.live === 1,
  };
}

function hashes(db: Database.Database): Map<string, string> {
  return new Map(db.prepare('SELECT file, hash FROM files').all().map((row) => {
    const { file, hash } = fileHash.parse(row);
    return [file, hash];
  }));
}

/** The sections, desks and front composition, as one comparable text. */
function siteData(db: Database.Database): string {
  const tables = ['sections', 'authors'].map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY position`).all()));
  const front: unknown = db.prepare("SELECT value FROM meta WHERE key = 'front'").pluck().all();
  return JSON.stringify([tables, front]);
}

/** The story file a content file is in one store (itself, or a live update's blog, with the update's id); undefined when that store has no story of it. */
function owner(db: Database.Database, file: string): { story: string; update?: string } | undefined {
  const found: unknown = db.prepare('SELECT id, blog FROM live_updates WHERE file = ?').get(file);
  if (found !== undefined) {
    const { id, blog } = updateRow.parse(found);
    return { story: blog, update: id };
  }
  return db.prepare('SELECT 1 FROM articles WHERE file = ?').get(file) === undefined ? undefined : { story: file };
}

/**
 * The changes between the store at `beforeFile` (absent: nothing was published yet, so every
 * story is new) and the one at `afterFile`, as readers see them at `at`.
 */
export function storeChanges(beforeFile: string | undefined, afterFile: string, at: Date): StoreChanges {
  const after = new Database(afterFile, { readonly: true, fileMustExist: true });
  const before = beforeFile ? new Database(beforeFile, { readonly: true, fileMustExist: true }) : undefined;
  try {
    const old = before ? hashes(before) : new Map<string, string>();
    const now = hashes(after);
    const changed = [...new Set([...old.keys(), ...now.keys()])].filter((file) => old.get(file) !== now.get(file));
    const stories = new Map<string, Set<string>>();
    for (const file of changed) {
      for (const found of [owner(after, file), before ? owner(before, file) : undefined]) {
        if (!found) continue;
        const { story, update } = found;
        const updates = stories.get(story) ?? new Set<string>();
        if (update) updates.add(update);
        stories.set(story, updates);
      }
    }
    const ms = at.getTime();
    return {
      stories: [...stories].map(([file, updates]) => {
        const was = before ? snapshot(before, file, ms) : undefined;
        const is = snapshot(after, file, ms);
        return { ...(was ? { before: was } : {}), ...(is ? { after: is } : {}), updates: [...updates] };
      }),
      siteWide: before ? siteData(before) !== siteData(after) : true,
    };
  } finally {
    after.close();
    before?.close();
  }
}
