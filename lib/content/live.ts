import type { Root } from 'mdast';
import { now } from '../site/clock';
import type { ArticleSummary } from './check/article';
import { isDevelopment, opened } from './connection';
import type { LiveBlogSummary, LiveUpdateEntry } from './live/model';
import { pageOfIndex, pageSlice, type LivePage } from './live/pages';
import { publicationState, type PublicationState } from './published';
import { relatedBeside } from './front';
import type { ImageInfo } from './source';
import type { StoredUpdate } from './store/live-read';
import type { View } from './store/read';

/**
 * The gateway's questions about live blogs (re-exported by lib/content/index.ts):
 * a live blog at its address, the updates one of its pages shows, where an update
 * is now, the newest for its feeds. Each is a query or two of the content store;
 * pages are counted from the oldest update (lib/content/live/pages.ts).
 */

/** A live blog as its page shows it: the story, its coverage fields and how many updates readers can see. */
export interface LiveBlog extends LiveBlogSummary {
  /** The introduction. */
  body: Root;
  /** Always "published" in production; in `next dev` a draft or scheduled live blog can be previewed. */
  state: PublicationState;
  updateCount: number;
}

/** An update with its author resolved, its text, and its body where a page draws it. */
export interface LiveUpdate extends LiveUpdateEntry {
  body: Root;
}

/**
 * Which of a live blog's pages: its own address or an older page (LivePage), its key events
 * alone, or one update's own page, with the page that holds the update among the rest.
 */
export type LiveView = LivePage | 'key-events' | { update: string; on: LivePage };

/** Everything one page of a live blog shows, resolved from what the content check stored. */
export interface LivePageModel {
  blog: LiveBlog;
  page: LiveView;
  /** Newest first, with their bodies. */
  updates: LiveUpdate[];
  /** Every key event readers can see, newest first, without bodies: the list beside the updates. */
  keyEvents: LiveUpdateEntry[];
  /** On the live blog's own address: the update editors pinned. */
  pinned?: LiveUpdate;
  /** The newest update readers can see, wherever it is: it dates the page. */
  newest?: LiveUpdateEntry;
  /** On the live blog's own address: stories to read next. */
  related: ArticleSummary[];
  /** The articles the bodies on the page name in <AlsoRead>, by id: only those readers may see now. */
  linked: Record<string, { headline: string; path: string }>;
  /** Width and height of each image the bodies on the page show in a <Figure>, by path. */
  images: Record<string, ImageInfo>;
}

const store = () => opened().store;
/** What readers see now; in `next dev`, drafts, scheduled stories and updates too, as an article page previews them. */
const view = (): View => ({ at: now(), preview: isDevelopment() });

function entry(update: StoredUpdate): LiveUpdateEntry {
  const author = update.author === undefined ? undefined : store().author(update.author);
  return {
    id: update.id,
    at: update.at,
    text: update.text,
    ...(update.title === undefined ? {} : { title: update.title }),
    ...(author ? { author } : {}),
    ...(update.keyEvent ? { keyEvent: true } : {}),
  };
}

const withBody = (u: StoredUpdate & { body: Root }): LiveUpdate => ({ ...entry(u), body: u.body });

/** The live blog at a site path, once published (or previewed in `next dev`); undefined for an article or an unknown path. */
export function getLiveBlogByPath(sitePath: string): LiveBlog | undefined {
  const at = view();
  const summary = store().summaryByPath(sitePath, at);
  const fields = summary?.live ? store().live.fields(summary.file) : undefined;
  const body = summary && fields ? store().body(summary.file) : undefined;
  if (!summary || !fields || !body) return undefined;
  return { ...summary, ...fields, body, state: publicationState(summary, at.at), updateCount: store().live.count(summary.file, at) };
}

/**
 * What every page of a live blog holds beside its updates: the key events, the newest update,
 * and the <AlsoRead> targets and figure sizes of every body on it (`files`).
 */
function pageModel(blog: LiveBlog, page: LiveView, updates: (StoredUpdate & { body: Root })[], files: string[]): Omit<LivePageModel, 'related' | 'pinned'> {
  const at = view();
  const [newest] = listLiveFeedUpdates(blog, 1);
  return {
    blog,
    page,
    updates: updates.map(withBody),
    keyEvents: store().live.keyEvents(blog.file, at, false).map(entry),
    ...(newest ? { newest } : {}),
    linked: store().alsoReadTargets([...files, ...updates.map((u) => u.file)], { at: now() }),
    images: store().figureSizes([...files, ...updates.map((u) => u.file)]),
  };
}

/**
 * One page of a live blog, whole, in one call: the updates it shows (the newest chunks at the
 * live blog's address, one chunk on an older page), the pinned update and related stories at
 * its address, the key events, and the <AlsoRead> targets and figure sizes of every body on it.
 */
export function getLivePage(blog: LiveBlog, page: LivePage): LivePageModel {
  const at = view();
  const latest = page === 'latest';
  const { offset, limit } = pageSlice(page, blog.updateCount);
  const run = limit === 0 ? [] : store().live.run(blog.file, offset, limit, at).reverse();
  const pinned = latest && blog.pinned !== undefined ? store().live.one(blog.file, blog.pinned, at) : undefined;
  const model = pageModel(blog, page, run, [...(latest ? [blog.file] : []), ...(pinned ? [pinned.file] : [])]);
  return {
    ...model,
    ...(pinned ? { pinned: withBody(pinned) } : {}),
    related: latest ? relatedBeside(blog, model.linked, (limit) => store().related(blog, limit, { at: now() })) : [],
  };
}

/** The key events of a live blog alone, newest first, each whole: its key-events view. */
export function getLiveKeyEventsPage(blog: LiveBlog): LivePageModel {
  return { ...pageModel(blog, 'key-events', store().live.keyEvents(blog.file, view(), true), []), related: [] };
}

/** One update on a page of its own (its permalink), or undefined for an update readers cannot see. */
export function getLiveUpdatePage(blog: LiveBlog, id: string): LivePageModel | undefined {
  const on = getLiveUpdateLocation(blog, id);
  const update = on === undefined ? undefined : store().live.one(blog.file, id, view());
  if (on === undefined || !update) return undefined;
  return { ...pageModel(blog, { update: id, on }, [update], []), related: [] };
}

/** The page that holds an update now, or undefined for an update readers cannot see. */
export function getLiveUpdateLocation(blog: Pick<LiveBlog, 'file' | 'updateCount'>, id: string): LivePage | undefined {
  const before = store().live.position(blog.file, id, view());
  return before === undefined ? undefined : pageOfIndex(before, blog.updateCount);
}

/** The newest updates, newest first, without bodies: for the live blog's feeds and structured data. */
export function listLiveFeedUpdates(blog: Pick<ArticleSummary, 'file'>, limit: number): LiveUpdateEntry[] {
  return store().live.newest(blog.file, limit, view()).map(entry);
}

/** Published live blogs with an update after `since`, newest update first: the news sitemap keeps them while they are fresh. */
export function listFreshLiveBlogs(since: Date, limit: number): ArticleSummary[] {
  return store().liveBlogsUpdatedSince(since, limit, { at: now() });
}
