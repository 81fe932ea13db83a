import type { GetStaticPropsResult } from 'next';
import { getLiveBlogByPath, getLivePage, getLiveUpdateLocation, type LiveBlog, type LivePageModel } from '../content';
import { liveModifiedAt, liveStatus, pageLinks, resolvePage, updateAnchor, type LivePage, type LiveStatus, type PageLinks } from '../content/live/pages';
import { now } from '../site/clock';
import { absoluteUrl } from '../site/config';
import { articlePath, liveFeedPath, livePagePath, parsePageNumber, type ArticleParams } from '../site/paths';
import { articleCrumbs, breadcrumbJsonLd, liveBlogPostingJsonLd, type JsonLd } from '../seo/jsonld';
import { liveBlogMetadata, previewMetadata, type PageHead } from '../seo/metadata';
import { documentResult, notFoundResult, temporaryRedirect, type DocumentProps } from './document';

/**
 * The pages of a live blog: its own address (the article route answers with it when the story
 * at an address is a live blog), its older pages (`…/page/{n}`) and its updates' permalinks
 * (`…/updates/{id}`, a temporary redirect to the page that holds the update now). The gateway
 * hands over each page's model whole; this adds what the page says about itself.
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
  jsonLd: JsonLd[];
}

export type LivePageProps = DocumentProps<LivePageData>;

/** Everything one page of a live blog shows. */
export function livePageData({ newest, ...model }: LivePageModel): LivePageData {
  const { blog, page, updates } = model;
  const latest = page === 'latest';
  const status = liveStatus(blog, now());
  const oldest = updates[updates.length - 1];
  const first = updates[0];
  const newestUpdates = newest ? [newest] : [];
  return {
    ...model,
    status,
    url: absoluteUrl(latest ? blog.path : livePagePath(blog.path, page)),
    links: pageLinks(blog.path, page, blog.updateCount),
    ...(!latest && oldest && first ? { span: { from: oldest.at, to: first.at } } : {}),
    // The poller starts from the newest update the page holds, or from the start of coverage.
    ...(latest && status === 'live' ? { poll: { feed: liveFeedPath(blog.path, 'json'), latest: newest?.at ?? blog.publishedAt } } : {}),
    modified: liveModifiedAt(blog, newestUpdates),
    jsonLd: [liveBlogPostingJsonLd(blog, updates, newestUpdates), breadcrumbJsonLd(articleCrumbs(blog))],
  };
}

/** The head of a page of a live blog: a preview's in `next dev` until it is published. */
export function liveHead(blog: LiveBlog, page: LivePage, modified: string): PageHead {
  return blog.state === 'published' ? liveBlogMetadata(blog, page, modified) : previewMetadata(blog);
}

function livePageResult(model: LivePageModel): GetStaticPropsResult<LivePageProps> {
  const live = livePageData(model);
  return documentResult(liveHead(model.blog, model.page, live.modified), live);
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

/** `…/updates/{id}`: a temporary redirect to the update on the page that holds it now; the site's 404 for an unknown update. */
export function updatePermalinkProps({ params }: { params?: ArticleParams & { id: string } }): GetStaticPropsResult<LivePageProps> {
  const blog = blogAt(params);
  const page = blog ? getLiveUpdateLocation(blog, params?.id ?? '') : undefined;
  if (!blog || page === undefined) return notFoundResult;
  return temporaryRedirect(`${page === 'latest' ? blog.path : livePagePath(blog.path, page)}#${updateAnchor(params?.id ?? '')}`);
}
