import { inflateRawSync } from 'node:zlib';
import type { Root } from 'mdast';
import { z } from 'zod';

/**
 * What the store's reads share: the moment and view a question is asked at, the WHERE clause
 * of what readers may see, the columns of a summary and the shapes rows come back in.
 */

export interface View {
  /** The moment the reader stands at: articles published after it are not there yet. */
  at: Date;
  /** In `next dev`, an article page also previews drafts and scheduled articles (never one with errors). */
  preview?: boolean;
}

export interface ListQuery {
  section?: string;
  tag?: string;
  author?: string;
  /** Only articles published after this moment. */
  since?: Date;
  offset?: number;
  limit?: number;
}

/** An article as a sitemap lists it. */
export interface SitemapEntry {
  path: string;
  /** When it last changed for readers (schema.org dateModified). */
  lastmod: string;
  /** The hero image's path under public/. */
  image: string;
}

/** What readers may see of the articles table under `alias` at @at. */
export const visible = (alias: string) => `${alias}.ok = 1 AND ${alias}.draft = 0 AND ${alias}.published_ms <= @at`;
export const VISIBLE = visible('a');
export const PREVIEWABLE = 'a.ok = 1';

// A live blog's newest update published by @at comes with its summary, for the card's "Latest update".
export const SUMMARY_COLUMNS = `a.file, a.id, a.path, a.section, a.published_at AS publishedAt, a.draft, a.summary, i.width, i.height,
  (SELECT json_group_array(json_array(t.slug, g.name) ORDER BY t.position) FROM article_tags t JOIN tags g ON g.slug = t.slug WHERE t.file = a.file) AS tags,
  (SELECT u.at FROM live_updates u WHERE u.blog = a.file AND u.ok = 1 AND u.at_ms <= @at ORDER BY u.at_ms DESC, u.id DESC LIMIT 1) AS latestUpdate`;
export const SUMMARY_JOINS = 'LEFT JOIN images i ON i.src = a.hero';

export const summaryRow = z.object({
  file: z.string(),
  id: z.string(),
  path: z.string(),
  section: z.string(),
  publishedAt: z.string(),
  draft: z.number(),
  summary: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  tags: z.string(),
  latestUpdate: z.string().nullable(),
});
export const tagPairs = z.array(z.tuple([z.string(), z.string()]));
export const tagRow = z.object({ slug: z.string(), name: z.string() });
export const datedRow = z.object({ key: z.string(), lastmod: z.string() });
export const sitemapRow = z.object({ path: z.string(), lastmod: z.string(), image: z.string() });
export const count = z.number();
export const linkedRow = z.object({ id: z.string(), headline: z.string(), path: z.string(), live: z.string().nullable() });
export const sizedRow = z.object({ src: z.string(), width: z.number(), height: z.number() });

/** A body tree as the check stored it (deflated JSON): the page renders it without parsing MDX. */
export function storedTree(tree: Uint8Array, file: string): Root {
  const parsed: unknown = JSON.parse(inflateRawSync(tree).toString('utf8'));
  if (!isRoot(parsed)) throw new Error(`the stored body of ${file} is not a Markdown tree`);
  return parsed;
}

function isRoot(value: unknown): value is Root {
  return typeof value === 'object' && value !== null && Reflect.get(value, 'type') === 'root' && Array.isArray(Reflect.get(value, 'children'));
}

/** Optional fields come back from SQL as null; the schemas expect them absent. */
export function withoutNulls(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
}
