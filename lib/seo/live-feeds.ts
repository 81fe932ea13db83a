import { Feed, type Item } from 'feed';
import { updateHeadline, type LiveBlogSummary, type LiveUpdateEntry } from '../content/live/model';
import { newestFirst } from '../content/live/pages';
import { absoluteUrl, site } from '../site/config';
import { liveFeedPath, updatePermalinkPath } from '../site/paths';
import { articleGuid, escapeHtml, jsonFeed11, rssWithCreators, type FeedAuthor } from './feeds';
import { stripInvalidXmlChars } from './xml';
import { articleUrl, authorUrl, logoUrl, type FeedFormat } from './urls';

/**
 * The feeds of one live blog's updates, at `<live blog>/feed.xml`, `atom.xml`
 * and `feed.json`: newest first, each item linking to the update's permalink.
 * The JSON Feed is also what an open page polls to offer "N new updates".
 */

export const LIVE_FEED_LIMIT = 50;

const liveFeedUrl = (blog: Pick<LiveBlogSummary, 'path'>, format: FeedFormat): string => absoluteUrl(liveFeedPath(blog.path, format));

/** A permanent id for an update: the live blog's tag URI and the update's id. */
export function updateGuid(blog: Pick<LiveBlogSummary, 'id' | 'publishedAt'>, update: Pick<LiveUpdateEntry, 'id'>): string {
  return `${articleGuid(blog)}/updates/${update.id}`;
}

function authorsOf(blog: LiveBlogSummary, update: LiveUpdateEntry): FeedAuthor[] {
  return (update.author ? [update.author] : blog.authors).map((a) => ({ name: a.name, url: authorUrl(a.id) }));
}

/** Plain text as HTML paragraphs, for the formats that carry HTML. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

function item(blog: LiveBlogSummary, update: LiveUpdateEntry, format: FeedFormat): Item {
  const html = format !== 'json';
  const text = (value: string) => (html ? escapeHtml(value) : stripInvalidXmlChars(value));
  const authors = authorsOf(blog, update);
  return {
    title: text(updateHeadline(update)),
    id: updateGuid(blog, update),
    link: absoluteUrl(updatePermalinkPath(blog.path, update.id)),
    description: text(update.text),
    content: html ? undefined : paragraphs(update.text),
    date: new Date(update.at),
    published: new Date(update.at),
    // RSS's <author> must be an e-mail address: names go in dc:creator instead.
    author: format === 'rss' ? undefined : authors.map((a) => ({ name: a.name, link: a.url })),
    extensions: format === 'rss' ? [{ name: 'dc:creator', objects: { _text: stripInvalidXmlChars(authors.map((a) => a.name).join(', ')) } }] : undefined,
  };
}

/** One format of a live blog's feed; `updates` in any order, the newest LIVE_FEED_LIMIT are used. */
export function buildLiveFeed(format: FeedFormat, blog: LiveBlogSummary, updates: readonly LiveUpdateEntry[]): string {
  const newest = newestFirst(updates).slice(0, LIVE_FEED_LIMIT);
  const feed = new Feed({
    id: articleUrl(blog),
    title: `${site.name}: ${blog.headline}`,
    description: blog.standfirst,
    link: articleUrl(blog),
    language: site.locale,
    image: logoUrl(),
    favicon: logoUrl(),
    copyright: `© ${site.name}`,
    updated: new Date(newest[0]?.at ?? blog.publishedAt),
    generator: site.name,
    feedLinks: { rss: liveFeedUrl(blog, 'rss'), atom: liveFeedUrl(blog, 'atom'), json: liveFeedUrl(blog, 'json') },
  });
  for (const update of newest) feed.addItem(item(blog, update, format));
  if (format === 'rss') return rssWithCreators(feed);
  if (format === 'atom') return feed.atom1();
  const byGuid = new Map(newest.map((u) => [updateGuid(blog, u), u]));
  return jsonFeed11(feed, (id) => {
    const update = byGuid.get(id);
    return update ? authorsOf(blog, update) : [];
  });
}

/** The three documents at once, for the three routes. */
export function buildLiveFeeds(blog: LiveBlogSummary, updates: readonly LiveUpdateEntry[]): Record<FeedFormat, string> {
  return { rss: buildLiveFeed('rss', blog, updates), atom: buildLiveFeed('atom', blog, updates), json: buildLiveFeed('json', blog, updates) };
}
