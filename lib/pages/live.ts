import type { GetStaticPropsResult } from 'next';
import type { Root } from 'mdast';
import type { LivePageData } from '@/components/LiveBlogPage';
import {
  getArticleSummary,
  getImageInfo,
  getLiveBlogByPath,
  getLiveUpdate,
  getLiveUpdateLocation,
  listLiveFeedUpdates,
  listLiveUpdates,
  relatedTo,
  type LiveBlog,
} from '../content';
import { componentAttributes } from '../content/body';
import { parsePageSegment } from '../front/pagination';
import { liveModifiedAt, livePagePath, liveStatus, pageLinks, resolvePage, updateAnchor, type LivePage } from '../live/pages';
import { now } from '../clock';
import { articleCrumbs, breadcrumbJsonLd, liveBlogPostingJsonLd } from '../seo/jsonld';
import { liveFeedPath } from '../seo/live-feeds';
import { liveBlogMetadata, previewMetadata } from '../seo/metadata';
import { absoluteUrl } from '../site';
import { documentResult, notFoundResult, temporaryRedirect, type DocumentProps } from './document';

/**
 * The pages of a live blog: its own address (the article route asks here when the story at
 * an address is a live blog), its older pages (`…/page/{n}`) and its updates' permalinks
 * (`…/updates/{id}`, a temporary redirect to the page that holds the update now). Everything
 * a page shows is resolved here, on the server.
 */

export type LivePageProps = DocumentProps<{ live: LivePageData }>;

export interface LiveParams extends Record<string, string> {
  section: string;
  year: string;
  month: string;
  day: string;
  slug: string;
}

const blogPathOf = (params: LiveParams | undefined): string =>
  params ? `/${params.section}/${params.year}/${params.month}/${params.day}/${params.slug}` : '';

/** What the <AlsoRead>s and <Figure>s of these bodies need: the articles' headlines and paths, the images' sizes. */
function bodyData(bodies: Root[]): Pick<LivePageData, 'linked' | 'images'> {
  const linked: LivePageData['linked'] = {};
  const images: LivePageData['images'] = {};
  for (const body of bodies) {
    for (const id of componentAttributes(body, 'AlsoRead', 'id')) {
      const target = getArticleSummary(id);
      if (target) linked[id] = { headline: target.headline, path: target.path };
    }
    for (const src of [...componentAttributes(body, 'Figure', 'src')]) {
      const info = getImageInfo(src);
      if (info) images[src] = { width: info.width, height: info.height };
    }
  }
  return { linked, images };
}

/** Everything one page of a live blog shows. */
function livePageData(blog: LiveBlog, page: LivePage): LivePageData {
  const latest = page === 'latest';
  const updates = listLiveUpdates(blog, page);
  const pinned = latest && blog.pinned !== undefined ? getLiveUpdate(blog, blog.pinned) : undefined;
  const newest = listLiveFeedUpdates(blog, 1);
  const status = liveStatus(blog, now());
  const oldest = updates[updates.length - 1];
  const first = updates[0];
  return {
    blog,
    page,
    status,
    url: absoluteUrl(latest ? blog.path : livePagePath(blog.path, page)),
    updates,
    ...(pinned ? { pinned } : {}),
    links: pageLinks(blog.path, page, blog.updateCount),
    ...(!latest && oldest && first ? { span: { from: oldest.at, to: first.at } } : {}),
    // The poller starts from the newest update the page holds, or from the start of coverage.
    ...(latest && status === 'live' ? { poll: { feed: liveFeedPath(blog, 'json'), latest: newest[0]?.at ?? blog.publishedAt } } : {}),
    modified: liveModifiedAt(blog, newest),
    related: latest ? relatedTo(blog) : [],
    ...bodyData([...(latest ? [blog.body] : []), ...(pinned ? [pinned.body] : []), ...updates.map((u) => u.body)]),
    jsonLd: [liveBlogPostingJsonLd(blog, updates, newest), breadcrumbJsonLd(articleCrumbs(blog))],
  };
}

/** A live blog's own address: the newest updates. */
export function liveBlogResult(blog: LiveBlog): GetStaticPropsResult<LivePageProps> {
  const live = livePageData(blog, 'latest');
  return documentResult(blog.state === 'published' ? liveBlogMetadata(blog, 'latest', live.modified) : previewMetadata(blog), { live });
}

/**
 * `…/page/{n}`: an older page of updates; the live blog's own address (temporarily) while
 * that page's updates are shown there; the site's 404 for a page past the end or a segment
 * that is not a plain page number.
 */
export function olderPageResult(params: (LiveParams & { n: string }) | undefined): GetStaticPropsResult<LivePageProps> {
  const blog = getLiveBlogByPath(blogPathOf(params));
  const n = parsePageSegment(params?.n ?? '');
  if (!blog || n === undefined) return notFoundResult;
  const page = resolvePage(n, blog.updateCount);
  if (page === 'not-found') return notFoundResult;
  if (page === 'latest') return temporaryRedirect(blog.path);
  const live = livePageData(blog, page);
  return documentResult(blog.state === 'published' ? liveBlogMetadata(blog, page, live.modified) : previewMetadata(blog), { live });
}

/** `…/updates/{id}`: a temporary redirect to the update on the page that holds it now; the site's 404 for an unknown update. */
export function updatePermalinkResult(params: (LiveParams & { id: string }) | undefined): GetStaticPropsResult<LivePageProps> {
  const blog = getLiveBlogByPath(blogPathOf(params));
  const page = blog ? getLiveUpdateLocation(blog, params?.id ?? '') : undefined;
  if (!blog || page === undefined) return notFoundResult;
  const destination = `${page === 'latest' ? blog.path : livePagePath(blog.path, page)}#${updateAnchor(params?.id ?? '')}`;
  return temporaryRedirect(destination);
}
