import { getLiveBlogByPath, getSection, getSections, listArticles, listLiveFeedUpdates } from '../content';
import { buildLiveFeed, LIVE_FEED_LIMIT } from './live-feeds';
import { now } from '../clock';
import { buildFeed, FEED_LIMIT, sectionChannel, siteChannel } from './feeds';
import { feedResponse, notFoundResponse } from './responses';
import type { FeedFormat } from './urls';

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

export interface StoryParams {
  section: string;
  year: string;
  month: string;
  day: string;
  slug: string;
}

/** A live blog's updates, newest first, at `<live blog>/feed.xml`, `atom.xml` and `feed.json`; the site's plain 404 for any other story. */
export async function liveBlogFeed(format: FeedFormat, params: Promise<StoryParams>): Promise<Response> {
  const { section, year, month, day, slug } = await params;
  const blog = getLiveBlogByPath(`/${section}/${year}/${month}/${day}/${slug}`);
  if (!blog || blog.state !== 'published') return notFoundResponse();
  return feedResponse(format, buildLiveFeed(format, blog, listLiveFeedUpdates(blog, LIVE_FEED_LIMIT)));
}

/** Made on their first request, then every 30 seconds at most: none at build. */
export function liveBlogFeedParams(): StoryParams[] {
  return [];
}
