import type { Database } from 'better-sqlite3';
import type { Root } from 'mdast';
import { now } from '../clock';
import type { FrontConfig } from '../front/frontConfig';
import type { ArticleSummary, Tag } from './build';
import type { ContentProblem } from './problems';
import { publicationState, type PublicationState } from './published';
import { RELATED_LIMIT } from './related';
import type { Author, Section } from './schema';
import { contentDirectory, isDevelopment, opened } from './connection';
import { directorySource, type ImageInfo } from './source';
import type { ListQuery, SitemapEntry, View } from './store/read';

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
export { contentDirectory } from './connection';
export {
  getLiveBlogByPath,
  getLiveUpdate,
  getLiveUpdateLocation,
  listFreshLiveBlogs,
  listLiveFeedUpdates,
  listLiveUpdates,
  type LiveBlog,
  type LiveUpdate,
} from './live';

export interface Article extends ArticleSummary {
  body: Root;
  /** Always "published" in production; in `next dev` drafts and scheduled articles can be previewed. */
  state: PublicationState;
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
  return store().sitemaps.entries(offset, limit, published());
}

/** The newest modification in each run of `size` published articles, newest first: one per article sitemap. */
export function sitemapPageDates(size: number): string[] {
  return store().sitemaps.pageDates(size, published());
}

/** When the site (key ""), each section, tag or author list last changed for readers; empty lists are absent. */
export function listLastModified(kind: 'site' | 'section' | 'tag' | 'author'): Map<string, string> {
  return store().sitemaps.listDates(kind, published());
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
