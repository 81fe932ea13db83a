import type { GetStaticPropsResult } from 'next';
import { getLiveBlogByPath, getLiveKeyEventsPage, getLivePage, getLiveUpdatePage, type LiveBlog, type LivePageModel, type LiveView } from '../content';
import { liveModifiedAt, liveStatus, pageLinks, resolvePage, updateAnchor, type LivePage, type LiveStatus, type PageLinks } from '../content/live/pages';
import { now } from '../site/clock';
import { absoluteUrl } from '../site/config';
import { articlePath, liveFeedPath, liveKeyEventsPath, livePagePath, parsePageNumber, updatePermalinkPath, type ArticleParams } from '../site/paths';
import { articleCrumbs, breadcrumbJsonLd, liveBlogPostingJsonLd, type JsonLd } from '../seo/jsonld';
import { liveBlogMetadata, previewMetadata, type PageHead } from '../seo/metadata';
import { documentResult, notFoundResult, temporaryRedirect, type DocumentProps } from './document';

/**
 * The pages of a live blog: its own address (the article route answers with it when the story
 * at an address is a live blog), its older pages (`…/page/{n}`), its key events alone
 * (`…/key-events`) and each update's own page (`…/updates/{id}`, docs/decisions/0014). The
 * gateway hands over each page's model whole; this adds what the page says about itself.
 */

/** What a page of a live blog shows (components/live/LiveBlogPage.tsx). */
export interface LivePageData extends Omit<LivePageModel, 'newest'> {
  status: LiveStatus;
  /** This page's absolute URL. */
  url: string;
  links: PageLinks;
  /** On an older page: the times of its oldest and newest update. */
  span?: { from: string; to: string };
  /** While coverage is open, on the live blog's own address: what the new-updates poller asks. */
  poll?: { feed: string; latest: string };
  /** When the live blog last changed for readers: its newest update. */
  modified: string;
  /** Where each update on the page and in the key events is read: its anchor on this page, else its own page. */
  updateLinks: Record<string, string>;
  /** The key events alone. */
  keyEventsPath: string;
  jsonLd: JsonLd[];
}

export type LivePageProps = DocumentProps<LivePageData>;

/** This page's own address. */
function pagePath(blog: LiveBlog, page: LiveView): string {
  if (page === 'latest') return blog.path;
  if (page === 'key-events') return liveKeyEventsPath(blog.path);
  if (typeof page === 'number') return livePagePath(blog.path, page);
  return updatePermalinkPath(blog.path, page.update);
}

/** Everything one page of a live blog shows. */
export function livePageData({ newest, ...model }: LivePageModel): LivePageData {
  const { blog, page, updates, keyEvents } = model;
  const latest = page === 'latest';
  const status = liveStatus(blog, now());
  const oldest = updates[updates.length - 1];
  const first = updates[0];
  const newestUpdates = newest ? [newest] : [];
  // Updates on a page of updates are read at their anchors; on the key events and an update's
  // own page, only the one shown is here whole, so the list leads to each update's own page.
  const anchored = latest || typeof page === 'number';
  const here = new Set(anchored ? updates.map((u) => u.id) : []);
  const updateLinks = Object.fromEntries(
    [...updates, ...keyEvents].map((u) => [u.id, here.has(u.id) ? `#${updateAnchor(u.id)}` : updatePermalinkPath(blog.path, u.id)]),
  );
  return {
    ...model,
    status,
    url: absoluteUrl(pagePath(blog, page)),
    links: latest || typeof page === 'number' ? pageLinks(blog.path, page, blog.updateCount) : { latest: blog.path },
    ...(typeof page === 'number' && oldest && first ? { span: { from: oldest.at, to: first.at } } : {}),
    // The poller starts from the newest update the page holds, or from the start of coverage.
    ...(latest && status === 'live' ? { poll: { feed: liveFeedPath(blog.path, 'json'), latest: newest?.at ?? blog.publishedAt } } : {}),
    modified: liveModifiedAt(blog, newestUpdates),
    updateLinks,
    keyEventsPath: liveKeyEventsPath(blog.path),
    jsonLd: [liveBlogPostingJsonLd(blog, updates, newestUpdates), breadcrumbJsonLd(articleCrumbs(blog))],
  };
}

/** The head of a page of a live blog: a preview's in `next dev` until it is published. */
export function liveHead({ blog, page, updates }: Pick<LivePageModel, 'blog' | 'page' | 'updates'>, modified: string): PageHead {
  return blog.state === 'published' ? liveBlogMetadata(blog, page, modified, typeof page === 'object' ? updates[0] : undefined) : previewMetadata(blog);
}

function livePageResult(model: LivePageModel): GetStaticPropsResult<LivePageProps> {
  const live = livePageData(model);
  return documentResult(liveHead(model, live.modified), live);
}

/** None at build: each renders on its first request. */
export function livePagePaths(): { paths: never[]; fallback: 'blocking' } {
  return { paths: [], fallback: 'blocking' };
}

const blogAt = (params: ArticleParams | undefined): LiveBlog | undefined => (params ? getLiveBlogByPath(articlePath(params)) : undefined);

/**
 * `…/page/{n}`: an older page of updates; the live blog's own address (temporarily) while
 * that page's updates are shown there; the site's 404 for a page past the end or a segment
 * that is not a plain page number.
 */
export function olderPageProps({ params }: { params?: ArticleParams & { n: string } }): GetStaticPropsResult<LivePageProps> {
  const blog = blogAt(params);
  const n = parsePageNumber(params?.n ?? '');
  if (!blog || n === undefined) return notFoundResult;
  const page: LivePage | 'not-found' = resolvePage(n, blog.updateCount);
  if (page === 'not-found') return notFoundResult;
  if (page === 'latest') return temporaryRedirect(blog.path);
  return livePageResult(getLivePage(blog, page));
}

/** `…/updates/{id}`: the update on a page of its own (docs/decisions/0014); the site's 404 for an update readers cannot see. */
export function updatePageProps({ params }: { params?: ArticleParams & { id: string } }): GetStaticPropsResult<LivePageProps> {
  const blog = blogAt(params);
  const model = blog ? getLiveUpdatePage(blog, params?.id ?? '') : undefined;
  return model ? livePageResult(model) : notFoundResult;
}

/** `…/key-events`: the live blog's key events alone, each whole; the site's 404 at any other story's address. */
export function keyEventsPageProps({ params }: { params?: ArticleParams }): GetStaticPropsResult<LivePageProps> {
  const blog = blogAt(params);
  return blog ? livePageResult(getLiveKeyEventsPage(blog)) : notFoundResult;
}
