import { getLiveBlogByPath, getSection, getSections, listArticles, listLiveFeedUpdates } from '../content';
import { now } from '../site/clock';
import { articlePath, type ArticleParams } from '../site/paths';
import { buildFeed, FEED_LIMIT, sectionChannel, siteChannel } from '../seo/feeds';
import { buildLiveFeed, LIVE_FEED_LIMIT } from '../seo/live-feeds';
import { feedResponse, notFoundResponse } from './responses';
import type { FeedFormat } from '../seo/urls';

/** The GET handlers behind /feed.xml, /atom.xml, /feed.json, their section versions and each live blog's. */
export function siteFeed(format: FeedFormat): Response {
  return feedResponse(format, buildFeed(format, siteChannel(), listArticles({ limit: FEED_LIMIT }), now()));
}

export async function sectionFeed(format: FeedFormat, params: Promise<{ section: string }>): Promise<Response> {
  const section = getSection((await params).section);
  if (!section) return notFoundResponse();
  return feedResponse(format, buildFeed(format, sectionChannel(section), listArticles({ section: section.id, limit: FEED_LIMIT }), now()));
}

export function sectionFeedParams(): { section: string }[] {
  return getSections().map((s) => ({ section: s.id }));
}

/** A live blog's updates, newest first, at `<live blog>/feed.xml`, `atom.xml` and `feed.json`; the site's plain 404 for any other story. */
export async function liveBlogFeed(format: FeedFormat, params: Promise<ArticleParams>): Promise<Response> {
  const blog = getLiveBlogByPath(articlePath(await params));
  if (!blog || blog.state !== 'published') return notFoundResponse();
  return feedResponse(format, buildLiveFeed(format, blog, listLiveFeedUpdates(blog, LIVE_FEED_LIMIT)));
}

/** Made on their first request, then every 30 seconds at most: none at build. */
export function liveBlogFeedParams(): ArticleParams[] {
  return [];
}
