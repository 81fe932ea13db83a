import { getSection, getSections, listArticles } from '../content';
import { now } from '../clock';
import { buildFeed, FEED_LIMIT, sectionChannel, siteChannel } from './feeds';
import { feedResponse, notFoundResponse } from './responses';
import type { FeedFormat } from './urls';

/** The GET handlers behind /feed.xml, /atom.xml, /feed.json and their section versions. */
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
