import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Root } from 'mdast';
import { now } from '../clock';
import { contentStoreFiles } from '../dist-dir';
import type { FrontConfig } from '../front/frontConfig';
import type { ArticleSummary, Tag } from './build';
import type { ContentProblem } from './problems';
import { publicationState, type PublicationState } from './published';
import { RELATED_LIMIT } from './related';
import type { Author, Section } from './schema';
import { directorySource, publicImageResolver, type ImageInfo } from './source';
import { DevStore } from './store/dev';
import { ContentStore, type ListQuery, type SitemapEntry, type View } from './store/read';
import { openStoreForReading } from './store/schema';

/**
 * The one gateway between the app and the content. Routes, metadata, sitemaps
 * and feeds all ask this module, and it asks the content store (one SQLite file
 * the content check writes): every function is one query or a few, and every
 * answer comes from the published view at now(), so drafts and embargoed
 * articles reach no output. A process keeps no list of the archive in memory.
 */

export type { ArticleSummary, HeroImage, Tag } from './build';
export type { Author, Correction, Section } from './schema';
export type { ContentProblem } from './problems';
export type { PublicationState } from './published';
export type { SitemapEntry } from './store/read';
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

const isDevelopment = () => process.env.NODE_ENV === 'development';

/**
 * The store this process reads: MASTHEAD_CONTENT_STORE when set; in `next dev` its
 * own copy, kept in step with the tree; while `next build` runs, the one the content
 * check has just written; otherwise (a server) the copy the build made for servers.
 */
function storeFile(): string {
  const files = contentStoreFiles();
  const chosen =
    process.env.MASTHEAD_CONTENT_STORE ??
    (isDevelopment() ? files.dev : process.env.NEXT_PHASE === 'phase-production-build' ? files.working : files.server);
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), chosen);
}

interface Opened {
  store: ContentStore;
  dev?: DevStore;
}

const PROCESS_KEY = Symbol.for('masthead.content-store');
/** The process that keeps `next dev`'s store in step with the tree; others only read it. */
const DEV_KEEPER = 'MASTHEAD_DEV_STORE_KEEPER';

/**
 * The stores this process has opened, shared through globalThis: Next bundles this
 * module once for the App Router pages, once for the route handlers and once for
 * pages/, and each copy must use the same connection (and, in `next dev`, the same
 * watcher). Keyed by mode and file, so a test pointing elsewhere gets its own.
 */
function processStores(): Map<string, Opened> {
  const existing: unknown = Reflect.get(globalThis, PROCESS_KEY);
  if (existing instanceof Map) return existing;
  const stores = new Map<string, Opened>();
  Reflect.set(globalThis, PROCESS_KEY, stores);
  return stores;
}

function opened(): Opened {
  const file = storeFile();
  const key = `${isDevelopment() ? 'dev' : 'read'}:${file}`;
  const stores = processStores();
  const known = stores.get(key);
  if (known) return known;
  let result: Opened;
  const keeper = process.env[DEV_KEEPER];
  if (isDevelopment() && keeper !== undefined && keeper !== String(process.pid)) {
    // A helper process `next dev` started (it computes static paths in one) reads the store
    // its parent keeps up to date, and neither checks the tree nor watches it.
    result = { store: new ContentStore(openStoreForReading(file, { rebuild: 'npm run dev' })) };
  } else if (isDevelopment()) {
    // The first process to open the store keeps it, and says so to the processes it starts.
    process.env[DEV_KEEPER] = String(process.pid);
    const contentDir = contentDirectory();
    const imagesDir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'images');
    const dev = new DevStore({
      file,
      seed: path.resolve(/*turbopackIgnore: true*/ process.cwd(), contentStoreFiles().working),
      source: directorySource(contentDir),
      images: publicImageResolver(path.dirname(imagesDir)),
      contentDir,
      imagesDir,
    });
    result = { store: dev.store, dev };
  } else {
    result = { store: new ContentStore(openStoreForReading(file, { rebuild: 'npm run build' })) };
  }
  stores.set(key, result);
  return result;
}

const store = () => opened().store;
const published = (): View => ({ at: now() });

/**
 * Opens the store now, so a server does it once as it starts (instrumentation.ts) and
 * fails at once, naming the file and the command that rebuilds it, when the store is
 * missing, damaged, from another version or incomplete. In `next dev` this brings the
 * store up to date with the tree and starts watching it.
 */
export function loadContent(): void {
  opened();
}

/** The store's database, for the search engine (lib/search), which keeps its tables there. */
export function contentDatabase(): Database {
  return store().db;
}

export type ListOptions = ListQuery;

/** Published summaries, newest first, without bodies. */
export function listArticles(options: ListOptions = {}): ArticleSummary[] {
  return store().listArticles(options, published());
}

/** How many stories a list has, for pagination; same options as listArticles. */
export function countArticles(options: Omit<ListOptions, 'offset' | 'limit'> = {}): number {
  return store().countArticles(options, published());
}

/** A published article's summary; undefined for drafts and embargoed articles, so links to them render nothing. */
export function getArticleSummary(id: string): ArticleSummary | undefined {
  return store().summaryById(id, published());
}

/**
 * The article at a site path such as /middle-east/2021/11/07/slug, without its
 * body, once it is published. In `next dev` drafts and scheduled articles are
 * returned too, marked by `state`, so an editor can preview them.
 */
export function getArticleSummaryByPath(sitePath: string): (ArticleSummary & { state: PublicationState }) | undefined {
  const at = now();
  const summary = store().summaryByPath(sitePath, { at, preview: isDevelopment() });
  return summary ? { ...summary, state: publicationState(summary, at) } : undefined;
}

/** The same, with the body the check parsed. */
export function getArticleByPath(sitePath: string): Article | undefined {
  const summary = getArticleSummaryByPath(sitePath);
  const body = summary ? store().body(summary.file) : undefined;
  return summary && body ? { ...summary, body } : undefined;
}

/**
 * In `next dev`, the problems of the article that would be at `sitePath` if
 * it had no errors, so its URL explains what is wrong. Always undefined in
 * production, where content with errors never gets built.
 */
export function contentProblemsAt(sitePath: string): ContentProblem[] | undefined {
  if (!isDevelopment()) return undefined;
  return store().problemsAt(sitePath, directorySource(contentDirectory()).label);
}

/** Published articles to read next, ranked when the content was checked; never a draft or an embargoed one. */
export function relatedTo(article: Pick<ArticleSummary, 'file' | 'id'>, limit = RELATED_LIMIT): ArticleSummary[] {
  return store().related(article, limit, published());
}

/** In the editors' order from sections.yaml. */
export function getSections(): Section[] {
  return store().sections();
}

export function getSection(id: string): Section | undefined {
  return store().section(id);
}

export function getAuthor(id: string): Author | undefined {
  return store().author(id);
}

export function getAuthors(): Author[] {
  return store().authors();
}

/** A tag by its URL slug ("kataib-hezbollah"), while it has a published story. */
export function getTag(slug: string): Tag | undefined {
  return store().tag(slug, published());
}

/** Every tag in use, with how many stories carry it, most used first. */
export function listTags(): { tag: Tag; count: number }[] {
  return store().tags(published());
}

/** Width and height of an image under public/, as the content check read them. */
export function getImageInfo(src: string): ImageInfo | undefined {
  return store().imageInfo(src);
}

/** The editors' running order for the front page (content/front.yaml), checked against the articles. */
export function getFrontConfig(): FrontConfig {
  return store().frontConfig();
}

/** The article that used to live at a former path (its `redirectFrom`), for a 308 to its current URL. */
export function getArticleByFormerPath(sitePath: string): ArticleSummary | undefined {
  return store().summaryByFormerPath(sitePath, published());
}

/** Published articles as sitemaps list them, newest first, a page at a time. */
export function listSitemapEntries(offset: number, limit: number): SitemapEntry[] {
  return store().sitemapEntries(offset, limit, published());
}

/** The newest modification in each run of `size` published articles, newest first: one per article sitemap. */
export function sitemapPageDates(size: number): string[] {
  return store().pageDates(size, published());
}

/** When the site (key ""), each section, tag or author list last changed for readers; empty lists are absent. */
export function listLastModified(kind: 'site' | 'section' | 'tag' | 'author'): Map<string, string> {
  return store().listDates(kind, published());
}

/**
 * Calls `onChange` after the store has taken in a change under content/ or
 * public/images/, so `next dev` can refresh an open page: Next watches code,
 * not content. Returns the function that stops listening. Does nothing outside dev.
 */
export function watchContent(onChange: (version: number) => void): () => void {
  const dev = isDevelopment() ? opened().dev : undefined;
  return dev ? dev.subscribe(onChange) : () => undefined;
}
