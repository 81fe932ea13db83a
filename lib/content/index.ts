import { watch } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { parseBody } from './body';
import { bodyCheckCacheFile, trustBodyChecks } from './body-cache';
import { buildIndex, type ArticleSummary, type ContentIndex } from './build';
import { splitFrontmatter } from './frontmatter';
import { now } from '../clock';
import { ContentError, formatReport, type ContentProblem } from './problems';
import { publicationState, publishedView, type PublicationState, type PublishedView } from './published';
import { RELATED_LIMIT, rankRelated } from './related';
import { directorySource, publicImageResolver, type ContentSource, type ImageInfo, type ImageResolver } from './source';
import { FRONT_FILE, parseFrontConfig, type FrontConfig } from '../front/frontConfig';
import type { SearchDocument } from '../search/engine';
import { markdownToText } from '../search/tokenize';
import type { Author, Section } from './schema';
import type { Tag } from './build';

/**
 * The one gateway between the app and content/. Routes, metadata, sitemaps and
 * feeds all ask this module, so every output agrees. The index is built once
 * per process (again on each request in `next dev`, so edits show at once).
 */

export type { ArticleSummary, ContentIndex, HeroImage, Tag } from './build';
export type { Author, Correction, Section } from './schema';
export type { ContentProblem } from './problems';
export type { PublicationState } from './published';
export { correctionsStructuredData, isPublished, modifiedAt, publicationState } from './published';

export interface Article extends ArticleSummary {
  body: Root;
  /** Always "published" in production; in `next dev` drafts and scheduled articles can be previewed. */
  state: PublicationState;
}

/** CONTENT_DIR points the site at another content tree, e.g. a generated newsroom. */
export function contentDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

interface Loaded {
  /** Every article that may be shown somewhere: all of them in production, the error-free ones in dev. */
  index: ContentIndex;
  source: ContentSource;
  images: ImageResolver;
  problems: ContentProblem[];
  brokenPaths: Map<string, string>;
}

const PROCESS_KEY = Symbol.for('masthead.content');

/**
 * What each content tree loaded to, shared by the whole process. Next bundles this module
 * once for the App Router pages, once for the route handlers (feeds, sitemaps) and once for
 * pages/, and each copy would otherwise read every file again: at 10,000 articles that is
 * seconds of a blocked server and hundreds of MB per copy. Keyed by mode and directory, so
 * a test pointing CONTENT_DIR elsewhere gets its own.
 */
function processLoads(): Map<string, Loaded> {
  const existing: unknown = Reflect.get(globalThis, PROCESS_KEY);
  if (existing instanceof Map) return existing;
  const loads = new Map<string, Loaded>();
  Reflect.set(globalThis, PROCESS_KEY, loads);
  return loads;
}

let lastReport = '';

const isDevelopment = () => process.env.NODE_ENV === 'development';

function load(): Loaded {
  const key = `${process.env.NODE_ENV ?? ''}:${contentDirectory()}`;
  const loads = processLoads();
  const loaded = loads.get(key);
  if (loaded && !isDevelopment()) return loaded;
  // Build workers and servers reuse the checks `npm run build` recorded; `next dev` checks everything.
  if (!loaded && process.env.NODE_ENV === 'production') trustBodyChecks(bodyCheckCacheFile());
  const source = directorySource(contentDirectory());
  const images = publicImageResolver(path.join(/*turbopackIgnore: true*/ process.cwd(), 'public'));
  const { index, preview, problems, brokenPaths } = buildIndex(source, images);
  const hasErrors = problems.some((p) => p.severity === 'error');
  // A production build stops at the first content error; `next dev` keeps
  // serving the articles that are fine and shows the broken one's problems.
  if (hasErrors && !isDevelopment()) throw new ContentError(problems);
  const report = problems.length ? formatReport(problems) : '';
  if (report && report !== lastReport) console.warn(report);
  lastReport = report;
  const result: Loaded = { index: hasErrors ? preview : index, source, images, problems, brokenPaths };
  loads.set(key, result);
  return result;
}

/**
 * Reads the content tree now, so a server does it once as it starts (instrumentation.ts)
 * rather than during its first requests, with readers waiting.
 */
export function loadContent(): void {
  load();
}

let view: (PublishedView & { of: ContentIndex }) | undefined;

/**
 * What readers may see at `at` (now() by default): no drafts, nothing whose
 * publishedAt is still ahead. Computed once per embargo: it stays valid until
 * the next scheduled article's moment, so lists stay cheap however large the
 * newsroom.
 */
export function publishedIndex(at: Date = now()): ContentIndex {
  const full = load().index;
  const t = at.getTime();
  if (view && view.of === full && t >= view.from && t < view.until) return view.index;
  view = { ...publishedView(full, at), of: full };
  return view.index;
}

/** The published index: every route, feed and sitemap reads articles, tags and sections from here. */
export function getIndex(): ContentIndex {
  return publishedIndex();
}

export interface ListOptions {
  section?: string;
  tag?: string;
  author?: string;
  offset?: number;
  limit?: number;
}

/** Published summaries, newest first, without bodies. */
export function listArticles(options: ListOptions = {}): ArticleSummary[] {
  const index = getIndex();
  let list: ArticleSummary[];
  if (options.section) list = ids(index, index.bySection.get(options.section));
  else if (options.tag) list = ids(index, index.byTag.get(options.tag));
  else list = index.articles;
  if (options.author) list = list.filter((a) => a.authors.some((au) => au.id === options.author));
  const offset = options.offset ?? 0;
  return list.slice(offset, options.limit === undefined ? undefined : offset + options.limit);
}

function ids(index: ContentIndex, list: string[] | undefined): ArticleSummary[] {
  return (list ?? []).map((id) => index.byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);
}

/** A published article's summary; undefined for drafts and embargoed articles, so links to them render nothing. */
export function getArticleSummary(id: string): ArticleSummary | undefined {
  return getIndex().byId.get(id);
}

/**
 * The article at a site path such as /middle-east/2021/11/07/slug, without its
 * body, once it is published. In `next dev` drafts and scheduled articles are
 * returned too, marked by `state`, so an editor can preview them.
 */
export function getArticleSummaryByPath(sitePath: string): (ArticleSummary & { state: PublicationState }) | undefined {
  const { index } = load();
  const at = now();
  let summary = publishedIndex(at).byPath.get(sitePath);
  if (!summary && isDevelopment()) summary = index.byPath.get(sitePath);
  return summary ? { ...summary, state: publicationState(summary, at) } : undefined;
}

/** The same, with the body: only the article's own page reads and parses it. */
export function getArticleByPath(sitePath: string): Article | undefined {
  const summary = getArticleSummaryByPath(sitePath);
  if (!summary) return undefined;
  const text = load().source.read(summary.file);
  if (text === undefined) return undefined;
  return { ...summary, body: parseBody(splitFrontmatter(text).body, summary.bodyLine) };
}

/**
 * In `next dev`, the problems of the article that would be at `sitePath` if
 * it had no errors, so its URL explains what is wrong. Always undefined in
 * production, where content with errors never gets built.
 */
export function contentProblemsAt(sitePath: string): ContentProblem[] | undefined {
  if (!isDevelopment()) return undefined;
  const { brokenPaths, problems } = load();
  const file = brokenPaths.get(sitePath);
  return file ? problems.filter((p) => p.file === file) : undefined;
}

/** Published articles to read next; never a draft or an embargoed one. */
export function relatedTo(article: ArticleSummary, limit = RELATED_LIMIT): ArticleSummary[] {
  return rankRelated(getIndex(), article, limit);
}

export function getSections() {
  return getIndex().sections;
}

/** Width and height of an image under public/, read from the file. */
export function getImageInfo(src: string): ImageInfo | undefined {
  return load().images(src);
}

/**
 * Calls `onChange` when anything under content/ or public/images/ changes,
 * so `next dev` can refresh an open page: Next watches code, not content.
 * Returns the function that stops watching. Does nothing outside dev.
 */
export function watchContent(onChange: () => void): () => void {
  if (!isDevelopment()) return () => undefined;
  const watchers = [contentDirectory(), path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'images')].flatMap((dir) => {
    try {
      return [watch(/*turbopackIgnore: true*/ dir, { recursive: true }, () => onChange())];
    } catch {
      return [];
    }
  });
  return () => {
    for (const w of watchers) w.close();
  };
}

/** The article that used to live at a former path (its `redirectFrom`), for a 308 to its current URL. */
export function getArticleByFormerPath(sitePath: string): ArticleSummary | undefined {
  return getIndex().byFormerPath.get(sitePath);
}

/** How many stories a list has, for pagination; same options as listArticles, without making the list. */
export function countArticles(options: Omit<ListOptions, 'offset' | 'limit'> = {}): number {
  // An author's stories are a filter over a section, a tag or everything, not an index of their own.
  if (options.author) return listArticles(options).length;
  const index = getIndex();
  if (options.section) return index.bySection.get(options.section)?.length ?? 0;
  if (options.tag) return index.byTag.get(options.tag)?.length ?? 0;
  return index.articles.length;
}

export function getSection(id: string): Section | undefined {
  return getIndex().sectionById.get(id);
}

export function getAuthor(id: string): Author | undefined {
  return getIndex().authorById.get(id);
}

export function getAuthors(): Author[] {
  return getIndex().authors;
}

/** A tag by its URL slug ("kataib-hezbollah"). */
export function getTag(slug: string): Tag | undefined {
  return getIndex().tags.get(slug);
}

/** Every tag in use, with how many stories carry it, most used first. */
export function listTags(): { tag: Tag; count: number }[] {
  const index = getIndex();
  return [...index.tags.values()]
    .map((tag) => ({ tag, count: index.byTag.get(tag.slug)?.length ?? 0 }))
    .sort((a, b) => b.count - a.count || a.tag.name.localeCompare(b.tag.name));
}

const frontConfigs = new WeakMap<ContentIndex, FrontConfig>();

/** The editors' running order for the front page (content/front.yaml), checked against the articles. */
export function getFrontConfig(): FrontConfig {
  const { index, source } = load();
  const cached = frontConfigs.get(index);
  if (cached) return cached;
  const { config, problems } = parseFrontConfig(source.read(FRONT_FILE), `${source.label}/${FRONT_FILE}`, new Set(index.byId.keys()));
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  frontConfigs.set(index, config);
  return config;
}

/** Headline, standfirst and plain body text of every published story, newest first, for the search index. */
export function* listSearchDocuments(index: ContentIndex = getIndex()): Generator<SearchDocument> {
  const { source } = load();
  for (const a of index.articles) {
    const text = source.read(a.file);
    yield {
      id: a.id,
      headline: a.headline,
      standfirst: a.standfirst,
      body: text === undefined ? '' : markdownToText(splitFrontmatter(text).body),
      publishedAt: a.publishedAt,
      draft: a.draft,
    };
  }
}
