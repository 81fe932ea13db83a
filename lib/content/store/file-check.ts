import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { Root } from 'mdast';
import { z } from 'zod';
import { markdownToText } from '../search/tokenize';
import { linkTarget } from '../../site/paths';
import { articlePathOf, checkArticle, declaredEdition, type Tag } from '../check/article';
import type { Position } from '../check/frontmatter';
import { parseEmbedUrl } from '../live/embeds';
import { checkUpdateFile, LIVE_DIR, LIVE_INDEX_FILE, LIVE_UPDATES_DIR, liveFileOf } from '../live/schema';
import type { CheckedBody } from '../check/body';
import { PHASE } from '../check/problems';
import { modifiedAt } from '../published';
import { slugify } from '../check/schema';
import { typeset } from '../check/typography';

/**
 * The per-file step of a content check, as the store keeps it: one article
 * file's own problems and the rows it contributes, all plain data so a worker
 * thread can hand it to the thread that writes the store.
 */

// `edition` and `translation` say where a story declares its edition and the story it translates.
// An update names its author, images, articles and links like an article; `update-id` and
// `update-at` say where its id and time are written, `pinned` where a live blog names its
// pinned update, `embed` a body's embed (value: its link; target: its player's origin).
const refKinds = ['id', 'slug', 'edition', 'translation', 'author', 'section', 'hero', 'figure', 'related', 'also-read', 'link', 'redirect', 'embed', 'pinned', 'update-id', 'update-at'] as const;
type RefKind = (typeof refKinds)[number];

/** Something an article names (an author, an image, another article, a URL) and where. */
const refSchema = z.object({
  kind: z.enum(refKinds),
  position: z.number(),
  value: z.string(),
  /** For links: the site path they lead to. */
  target: z.string().optional(),
  line: z.number(),
  column: z.number(),
});
type Ref = z.infer<typeof refSchema>;

/** The summary fields that come from the article's own file (the section, tag names and image size are joined in when read). */
export const storedSummarySchema = z.object({
  slug: z.string(),
  /** The edition's language; the default edition's stories leave it out. */
  edition: z.string().optional(),
  /** The id of the default edition's story this one translates. */
  translationOf: z.string().optional(),
  headline: z.string(),
  standfirst: z.string(),
  updatedAt: z.string().optional(),
  updateNote: z.string().optional(),
  corrections: z.array(z.object({ date: z.string(), text: z.string() })),
  image: z.object({ src: z.string(), alt: z.string(), caption: z.string(), credit: z.string(), creditUrl: z.string().optional() }),
  /** Author ids as written; the byline shows those authors.yaml knows. */
  authors: z.array(z.string()),
  related: z.array(z.string()),
  redirectFrom: z.array(z.string()),
  wordCount: z.number(),
  /** A live blog's coverage fields. */
  live: z.object({ closedAt: z.string().optional(), keyPoints: z.array(z.string()), pinned: z.string().optional() }).optional(),
  takedown: z.object({ at: z.string(), by: z.string(), reason: z.string() }).optional(),
});
type StoredSummary = z.infer<typeof storedSummarySchema>;

const problemSchema = z.object({
  line: z.number().optional(),
  column: z.number().optional(),
  field: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
  phase: z.number(),
});

const articleRowsSchema = z.object({
  id: z.string(),
  path: z.string(),
  section: z.string(),
  publishedAt: z.string(),
  publishedMs: z.number(),
  modifiedAt: z.string(),
  modifiedMs: z.number(),
  draft: z.boolean(),
  summary: storedSummarySchema,
  tags: z.array(z.object({ name: z.string(), slug: z.string() })),
  /** Each author once, for the author's list. */
  authors: z.array(z.string()),
  refs: z.array(refSchema),
  /** The body tree without source positions, as deflated JSON. */
  tree: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  search: z.object({ id: z.string(), headline: z.string(), standfirst: z.string(), body: z.string(), publishedAt: z.string(), draft: z.boolean() }),
});

/** One update of a live blog. */
const updateRowsSchema = z.object({
  /** The live blog's index.mdx, relative to the content root. */
  blog: z.string(),
  id: z.string(),
  at: z.string(),
  atMs: z.number(),
  title: z.string().optional(),
  author: z.string().optional(),
  /** Marked by the editors as one of the blog's key events. */
  keyEvent: z.boolean(),
  /** The body as plain text, for feeds, structured data and the live blog's search document. */
  text: z.string(),
  tree: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  refs: z.array(refSchema),
});

/** One file's check as a worker thread hands it over; parsed again on arrival, like any message. */
export const fileResultSchema = z.object({
  /** Relative to the content root. */
  file: z.string(),
  hash: z.string(),
  problems: z.array(problemSchema),
  brokenKeys: z.array(z.string()),
  guessedPath: z.string().optional(),
  article: articleRowsSchema.optional(),
  /** A live blog's introduction as plain text, for its search document. */
  intro: z.string().optional(),
  update: updateRowsSchema.optional(),
});
export type FileResult = z.infer<typeof fileResultSchema>;

/** A file whose bytes changed since the store last saw them, waiting to be checked. */
export interface PendingFile {
  file: string;
  text: string;
  hash: string;
}

/** The identity of a file's text. */
export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Where a problem found elsewhere points in the body: the component or link itself. */
const ref = (kind: RefKind, position: number, value: string, at: Position, target?: string): Ref => ({
  kind,
  position,
  value,
  ...(target === undefined ? {} : { target }),
  line: at.line,
  column: at.column,
});

/** The body as the page renders it: positions are only for the check's messages. */
function storedTree(tree: Root): Uint8Array {
  return deflateRawSync(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)));
}

/** The embeds of a body, each with the origin its player is framed from. */
function embedRefs(body: CheckedBody): Ref[] {
  return body.embeds.flatMap((link, i) => {
    const embed = parseEmbedUrl(link.value);
    return 'message' in embed ? [] : [ref('embed', i, link.value, link.position, embed.frameSource)];
  });
}

/** What a body names, wherever it stands. */
function bodyRefs(body: CheckedBody): Ref[] {
  return [
    ...body.images.map((image, i) => ref('figure', i, image.value, image.position)),
    ...body.alsoRead.map((link, i) => ref('also-read', i, link.value, link.position)),
    ...body.internalLinks.map((link, i) => ref('link', i, link.value, link.position, linkTarget(link.value))),
    ...embedRefs(body),
  ];
}

const WHERE_LIVE_FILES_GO = `is not where a live blog keeps its files: ${LIVE_DIR}/<id>/${LIVE_INDEX_FILE} for the story, ${LIVE_DIR}/<id>/${LIVE_UPDATES_DIR}/<yyyy-mm-ddThhmm>-<slug>.mdx for each update`;

/** Checks one content file (an article, a live blog's index.mdx or one of its updates) and turns it into the rows the store keeps for it. */
export function checkFile(file: string, text: string, hash: string): FileResult {
  const live = liveFileOf(file);
  if (live?.kind === 'update') return checkUpdate(file, text, hash, live.blog);
  if (live?.kind === 'stray') {
    return { file, hash, problems: [{ line: 1, column: 1, field: '(file)', message: WHERE_LIVE_FILES_GO, severity: 'error', phase: PHASE.parse }], brokenKeys: [] };
  }
  const checked = checkArticle(text, markdownToText, live ? 'live' : 'article');
  const result: FileResult = { file, hash, problems: checked.problems, brokenKeys: checked.brokenKeys };
  if (checked.guessedPath !== undefined) result.guessedPath = checked.guessedPath;
  const parsed = checked.article;
  if (!parsed) return result;

  const fm = parsed.frontmatter;
  const { at, body } = parsed;
  const slug = fm.slug ?? fm.id;
  const tags: Tag[] = [];
  for (const name of fm.tags) {
    const tagSlug = slugify(name);
    if (!tags.some((t) => t.slug === tagSlug)) tags.push({ name, slug: tagSlug });
  }
  const corrections = [...fm.corrections].sort((x, y) => Date.parse(y.date) - Date.parse(x.date));
  const modified = modifiedAt({ publishedAt: fm.publishedAt, updatedAt: fm.updatedAt, corrections });
  const refs: Ref[] = [
    ref('id', 0, fm.id, at.id),
    ref('slug', 0, slug, at.slug),
    ...(fm.edition === undefined ? [] : [ref('edition', 0, fm.edition, at.edition)]),
    ...(fm.translationOf === undefined ? [] : [ref('translation', 0, fm.translationOf, at.translationOf)]),
    ref('section', 0, fm.section, at.section),
    ref('hero', 0, fm.image.src, at.heroSrc),
    ...fm.authors.map((id, i) => ref('author', i, id, at.authors[i] ?? at.id)),
    ...fm.related.map((id, i) => ref('related', i, id, at.related[i] ?? at.id)),
    ...fm.redirectFrom.map((former, i) => ref('redirect', i, former, at.redirectFrom[i] ?? at.id)),
    ...bodyRefs(body),
    ...(parsed.live?.pinned === undefined ? [] : [ref('pinned', 0, parsed.live.pinned, parsed.live.pinnedAt)]),
  ];
  if (live?.kind === 'index' && fm.id !== live.folder) {
    result.problems.push({ ...at.id, field: 'id', message: `is "${fm.id}" but the folder is ${LIVE_DIR}/${live.folder}/: a live blog's folder is named after its id`, severity: 'error', phase: PHASE.parse });
  }
  const summary: StoredSummary = {
    slug,
    ...(fm.edition === undefined ? {} : { edition: fm.edition }),
    ...(fm.translationOf === undefined ? {} : { translationOf: fm.translationOf }),
    headline: typeset(fm.headline),
    standfirst: typeset(fm.standfirst),
    ...(fm.updatedAt === undefined ? {} : { updatedAt: fm.updatedAt }),
    ...(fm.updateNote === undefined ? {} : { updateNote: fm.updateNote }),
    corrections,
    image: { ...fm.image, caption: typeset(fm.image.caption) },
    authors: fm.authors,
    related: fm.related,
    redirectFrom: fm.redirectFrom,
    wordCount: body.wordCount,
    ...(fm.takedown === undefined ? {} : { takedown: fm.takedown }),
    ...(parsed.live ? { live: { keyPoints: parsed.live.keyPoints.map(typeset), ...(parsed.live.closedAt === undefined ? {} : { closedAt: parsed.live.closedAt }), ...(parsed.live.pinned === undefined ? {} : { pinned: parsed.live.pinned }) } } : {}),
  };
  result.article = {
    id: fm.id,
    path: articlePathOf(fm.section, fm.publishedAt, slug, declaredEdition(fm.edition)),
    section: fm.section,
    publishedAt: fm.publishedAt,
    publishedMs: Date.parse(fm.publishedAt),
    modifiedAt: modified,
    modifiedMs: Date.parse(modified),
    // A story taken down is out of every list, feed, sitemap and search as a draft is.
    draft: fm.draft || fm.takedown !== undefined,
    summary,
    tags,
    authors: [...new Set(fm.authors)],
    refs,
    tree: storedTree(body.tree),
    search: { id: fm.id, headline: summary.headline, standfirst: summary.standfirst, body: checked.bodyText, publishedAt: fm.publishedAt, draft: fm.draft || fm.takedown !== undefined },
  };
  if (live) result.intro = checked.bodyText;
  return result;
}

/** Checks one update of a live blog (`blog`: its index.mdx) and turns it into its rows. */
function checkUpdate(file: string, text: string, hash: string, blog: string): FileResult {
  const checked = checkUpdateFile(text, file, markdownToText);
  const result: FileResult = { file, hash, problems: checked.problems, brokenKeys: [] };
  const update = checked.update;
  if (!update) return result;
  result.update = {
    blog,
    id: update.id,
    at: update.at,
    atMs: Date.parse(update.at),
    ...(update.title === undefined ? {} : { title: typeset(update.title) }),
    ...(update.author === undefined ? {} : { author: update.author }),
    keyEvent: update.keyEvent === true,
    text: checked.bodyText,
    tree: storedTree(checked.body.tree),
    refs: [
      ref('update-id', 0, update.id, checked.at.id),
      ref('update-at', 0, update.at, checked.at.at),
      ...(update.author === undefined ? [] : [ref('author', 0, update.author, checked.at.author)]),
      ...bodyRefs(checked.body),
    ],
  };
  return result;
}
