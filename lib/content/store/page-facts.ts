import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { liveKeyEventsPath, livePagePath, updatePermalinkPath } from '../../site/paths';
import { chunkCount, latestChunks, liveStatus, UPDATES_PER_PAGE } from '../live/pages';
import { storedSummarySchema } from './file-check';

/**
 * What the headers of a page depend on besides its address (lib/http/page-policies.js),
 * read from a finished store: the pages that carry embeds, with what their frames may load, and
 * the addresses of open live blogs. Drafts are left out; scheduled stories and updates are
 * in, since the headers are fixed at build and must be right when they appear.
 */

export interface PageFacts {
  framed: { path: string; frameSources: string[] }[];
  live: string[];
}

const storyRow = z.object({ file: z.string(), path: z.string(), summary: z.string(), live: z.number() });
const embedRow = z.object({ file: z.string(), source: z.string() });
const updateRow = z.object({ file: z.string(), id: z.string(), atMs: z.number(), keyEvent: z.number() });

export function pageFacts(db: Database, at: Date): PageFacts {
  const sources = new Map<string, Set<string>>();
  for (const value of db.prepare("SELECT file, target AS source FROM refs WHERE kind = 'embed' AND target IS NOT NULL ORDER BY file").all()) {
    const { file, source } = embedRow.parse(value);
    sources.set(file, (sources.get(file) ?? new Set()).add(source));
  }
  const framed: PageFacts['framed'] = [];
  const live: string[] = [];
  const frame = (path: string, sources: Iterable<string>) => {
    const frameSources = [...new Set(sources)].sort();
    if (frameSources.length) framed.push({ path, frameSources });
  };
  const updatesOf = db.prepare('SELECT file, id, at_ms AS atMs, key_event AS keyEvent FROM live_updates WHERE blog = ? AND ok = 1 ORDER BY at_ms, id');
  const stories = db.prepare(
    `SELECT a.file, a.path, a.summary, EXISTS (SELECT 1 FROM live_blogs l WHERE l.file = a.file) AS live
     FROM articles a WHERE a.ok = 1 AND a.draft = 0 ORDER BY a.path`,
  );
  for (const value of stories.all()) {
    const story = storyRow.parse(value);
    const own = sources.get(story.file) ?? [];
    if (!story.live) {
      frame(story.path, own);
      continue;
    }
    const coverage = storedSummarySchema.parse(JSON.parse(story.summary)).live ?? { keyPoints: [] };
    if (liveStatus(coverage, at) === 'live') live.push(story.path, liveKeyEventsPath(story.path));
    const updates = updatesOf.all(story.file).map((row) => updateRow.parse(row));
    // Chunk n (from the oldest) is page n once it has a page of its own; the live blog's
    // address shows the newest chunks, from those shown now to the last, as updates appear.
    const byChunk = new Map<number, string[]>();
    updates.forEach((u, i) => {
      const chunk = Math.floor(i / UPDATES_PER_PAGE) + 1;
      byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), ...(sources.get(u.file) ?? [])]);
    });
    const shownNow = latestChunks(updates.filter((u) => u.atMs <= at.getTime()).length);
    const firstOnLatest = Math.min(...shownNow, chunkCount(updates.length));
    const onLatest = [...own];
    for (const [chunk, sources] of byChunk) {
      if (chunk >= firstOnLatest) onLatest.push(...sources);
      if (chunk < chunkCount(updates.length)) frame(livePagePath(story.path, chunk), sources);
    }
    frame(story.path, onLatest);
    // Each update's own page shows its body, and the key-events page every key event's.
    for (const u of updates) frame(updatePermalinkPath(story.path, u.id), sources.get(u.file) ?? []);
    frame(liveKeyEventsPath(story.path), updates.filter((u) => u.keyEvent === 1).flatMap((u) => [...(sources.get(u.file) ?? [])]));
  }
  return { framed, live };
}
