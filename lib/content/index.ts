import type { Root } from 'mdast';
import { now } from '../site/clock';
import { activeBreaking, type Breaking } from './breaking';
import { getLiveBlogByPath, getLivePage, type LivePageModel } from './live';
import { frontPageFrom, relatedBeside, type FrontPage } from './front';
import type { ArticleSummary, Tag } from './check/article';
import type { ContentProblem } from './check/problems';
import { publicationState, type PublicationState } from './published';
import { RELATED_LIMIT } from './related';
import type { Author, Section } from './check/schema';
import { contentDirectory, isDevelopment, opened } from './connection';
import { directorySource, type ImageInfo } from './source';
import { type ListQuery, type SitemapEntry, type View } from './store/read';
import { listDates, pageDates, sitemapEntries } from './store/read-sitemaps';
import { searchStore, type ArticleSearch } from './search/results';

/**
 * The one gateway between the app and the content. Routes, metadata, sitemaps
 * and feeds all ask this module, and it asks the content store (one SQLite file
 * the content check writes): every function is one query or a few, and every
 * answer comes from the published view at now(), so drafts and embargoed
 * articles reach no output. A process keeps no list of the archive in memory.
 */

export type { ArticleSummary, HeroImage, Tag } from './check/article';
export type { Author, Correction, Section } from './check/schema';
export type { ContentProblem } from './check/problems';
export type { FrontPage, SectionBlock } from './front';
export type { Breaking } from './breaking';
export type { PublicationState } from './published';
export type { SitemapEntry } from './store/read';
export type { ArticleSearch, FoundUpdate, SnippetPart } from './search/results';
export { correctionsStructuredData, isPublished, modifiedAt, publicationState } from './published';
export { catchUpWithStore, contentDirectory, storeFile } from './connection';
export { getLiveBlogByPath, getLiveKeyEventsPage, getLivePage, getLiveUpdateLocation, getLiveUpdatePage, listFreshLiveBlogs, listLiveFeedUpdates, type LiveBlog, type LivePageModel, type LiveUpdate, type LiveView } from './live';

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

/** Full-text search over headline, standfirst and body of the published stories; best match first. */
export function searchArticles(query: string, offset = 0, limit = 20): ArticleSearch {
  return searchStore(store(), query, { at: now(), offset, limit });
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

/** Whether the story at `sitePath` was taken down: its address answers 410 Gone (lib/routes/addresses.ts). */
export function isTakenDown(sitePath: string): boolean {
  return store().isTakenDown(sitePath);
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

/** An article linked from another's body: its current headline and address. */
export interface LinkedArticle {
  headline: string;
  path: string;
}

/** Everything an article page shows, resolved from what the content check stored. */
export interface ArticlePageModel {
  article: Article;
  /** Stories to read next: the check's ranked candidates published now, then the latest; none the body links to. */
  related: ArticleSummary[];
  /** The articles the body names in <AlsoRead>, by id: only those readers may see now. */
  linked: Record<string, LinkedArticle>;
  /** Width and height of each image the body shows in a <Figure>, by path. */
  images: Record<string, ImageInfo>;
}

/** What an article's address answers: the page, the address the article moved to, or (in `next dev`) its problems. */
export type ArticleAtPath = { page: ArticlePageModel } | { live: LivePageModel } | { movedTo: string } | { problems: ContentProblem[] };

/**
 * The article page at a site path, whole, in one call: the article with its body, related
 * stories, <AlsoRead> targets and figure sizes; for a live blog, its page of newest updates. A former path of a moved article gives its
 * current one; in `next dev`, the path of an article with errors gives its problems.
 * Undefined when nothing is or was there.
 */
export function getArticleAtPath(sitePath: string): ArticleAtPath | undefined {
  const article = getArticleByPath(sitePath);
  // A live blog lives at an article's address.
  const blog = article?.live ? getLiveBlogByPath(sitePath) : undefined;
  if (blog) return { live: getLivePage(blog, 'latest') };
  if (article) {
    const linked = store().alsoReadTargets([article.file], published());
    const related = relatedBeside(article, linked, (limit) => relatedTo(article, limit));
    return { page: { article, related, linked, images: store().figureSizes([article.file]) } };
  }
  const moved = getArticleByFormerPath(sitePath);
  if (moved) return { movedTo: moved.path };
  const problems = contentProblemsAt(sitePath);
  return problems ? { problems } : undefined;
}

/** The front page: the editors' lead and pinned stories, the latest, and a block per section (lib/content/front.ts). */
export function getFrontPage(): FrontPage {
  return frontPageFrom(store(), published());
}

/** The article that used to live at a former path (its `redirectFrom`), for a 308 to its current URL. */
export function getArticleByFormerPath(sitePath: string): ArticleSummary | undefined {
  return store().summaryByFormerPath(sitePath, published());
}

/** Published articles as sitemaps list them, newest first, a page at a time. */
export function listSitemapEntries(offset: number, limit: number): SitemapEntry[] {
  return sitemapEntries(store(), offset, limit, published());
}

/** The newest modification in each run of `size` published articles, newest first: one per article sitemap. */
export function sitemapPageDates(size: number): string[] {
  return pageDates(store(), size, published());
}

/** When the site (key ""), each section, tag or author list last changed for readers; empty lists are absent. */
export function listLastModified(kind: 'site' | 'section' | 'tag' | 'author'): Map<string, string> {
  return listDates(store(), kind, published());
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

/** The breaking-news strip editors set in content/front.yaml, while it has not expired. */
export function getBreaking(): Breaking | undefined {
  return activeBreaking(store().frontConfig(), now());
}
