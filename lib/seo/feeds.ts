import { Feed, type Item } from 'feed';
import { z } from 'zod';
import type { ArticleSummary, Section } from '../content';
import { newsroomDate } from '../site/dates';
import { site } from '../site/config';
import { stripInvalidXmlChars } from './xml';
import { articleUrl, authorUrl, feedUrl, homeUrl, imageUrl, logoUrl, modifiedAt, sectionUrl, tagUrl, type FeedFormat } from './urls';

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one list of articles, written by
 * the `feed` package. Each format gets its own `Feed`, because each wants its
 * text prepared differently (HTML-escaped where the format says "html",
 * authors as dc:creator in RSS, all authors in JSON Feed 1.1).
 */

export const FEED_LIMIT = 50;

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedChannel {
  title: string;
  description: string;
  /** The HTML page the feed mirrors. */
  link: string;
  /** Set for a section's feeds. */
  sectionId?: string;
}

export function siteChannel(): FeedChannel {
  return { title: site.name, description: site.tagline, link: homeUrl() };
}

export function sectionChannel(section: Section): FeedChannel {
  return {
    title: `${site.name}: ${section.name}`,
    description: section.description ?? `The latest ${section.name} stories from ${site.name}.`,
    link: sectionUrl(section.id),
    sectionId: section.id,
  };
}

/** Text for elements the formats define as HTML (Atom type="html", RSS description). */
export function escapeHtml(value: string): string {
  return stripInvalidXmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A permanent id that survives a change of URL (RFC 4151 tag URI): a story
 * moved to another section keeps its id and is not announced twice.
 */
export function articleGuid(article: Pick<ArticleSummary, 'id' | 'publishedAt'>): string {
  const { year, month, day } = newsroomDate(article.publishedAt);
  return `tag:${new URL(site.baseUrl).hostname},${year}-${month}-${day}:${article.id}`;
}

const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
};

function imageType(src: string): string {
  return IMAGE_TYPES[src.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

function newestDate(articles: readonly ArticleSummary[], fallback: Date): Date {
  const times = articles.map((a) => Date.parse(modifiedAt(a)));
  return times.length ? new Date(Math.max(...times)) : fallback;
}

function item(article: ArticleSummary, format: FeedFormat): Item {
  const html = format !== 'json';
  const text = (value: string) => (html ? escapeHtml(value) : stripInvalidXmlChars(value));
  const categories = [
    { name: article.section.name, term: article.section.id, scheme: `${site.baseUrl}/`, domain: `${site.baseUrl}/` },
    ...article.tags.map((t) => ({ name: t.name, term: t.slug, scheme: `${site.baseUrl}/tags/`, domain: tagUrl(t.slug) })),
  ].map((c) =>
    // xml-js escapes only quotes in attributes: a label with < or > is left out (the term still says it).
    format === 'atom' && /[<>]/.test(c.name) ? { term: c.term, scheme: c.scheme } : format === 'rss' ? { name: c.name, domain: c.domain } : c,
  );
  const authors = article.authors.map((a) => ({ name: a.name, link: authorUrl(a.id) }));
  return {
    title: text(article.headline),
    id: articleGuid(article),
    link: articleUrl(article),
    description: text(article.standfirst),
    content: html ? undefined : `<p>${escapeHtml(article.standfirst)}</p>`,
    date: new Date(modifiedAt(article)),
    published: new Date(article.publishedAt),
    // RSS's <author> must be an e-mail address: names go in dc:creator instead.
    author: format === 'rss' ? undefined : authors,
    extensions:
      format === 'rss' ? [{ name: 'dc:creator', objects: { _text: stripInvalidXmlChars(authors.map((a) => a.name).join(', ')) } }] : undefined,
    category: categories,
    image: { url: imageUrl(article.image.src), type: imageType(article.image.src), length: 0 },
  };
}

function makeFeed(format: FeedFormat, channel: FeedChannel, articles: readonly ArticleSummary[], now: Date): Feed {
  const feed = new Feed({
    id: channel.link,
    title: channel.title,
    description: channel.description,
    link: channel.link,
    language: site.locale,
    image: logoUrl(),
    favicon: logoUrl(),
    copyright: `© ${site.name}`,
    updated: newestDate(articles, now),
    generator: site.name,
    feedLinks: { rss: feedUrl('rss', channel.sectionId), atom: feedUrl('atom', channel.sectionId), json: feedUrl('json', channel.sectionId) },
  });
  for (const article of articles.slice(0, FEED_LIMIT)) feed.addItem(item(article, format));
  return feed;
}

const jsonFeedV1 = z.looseObject({
  version: z.string(),
  items: z.array(z.looseObject({ id: z.string(), author: z.unknown().optional() })),
});

export interface FeedAuthor {
  name: string;
  url: string;
}

/** RSS 2.0 with the dc: prefix declared: it is declared only when items carry content:encoded, which these do not. */
export function rssWithCreators(feed: Feed): string {
  const xml = feed.rss2();
  return xml.includes('xmlns:dc=') ? xml : xml.replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"');
}

/** `feed` writes JSON Feed 1.0; 1.1 adds `language` and lists every author of an item in `authors`. */
export function jsonFeed11(feed: Feed, authorsOf: (itemId: string) => FeedAuthor[]): string {
  const { items, ...head } = jsonFeedV1.parse(JSON.parse(feed.json1()));
  const v11 = {
    ...head,
    version: 'https://jsonfeed.org/version/1.1',
    language: site.locale,
    items: items.map((entry) => {
      const upgraded: Record<string, unknown> = { ...entry };
      delete upgraded.author;
      upgraded.authors = authorsOf(entry.id);
      return upgraded;
    }),
  };
  return `${JSON.stringify(v11, null, 2)}\n`;
}

/**
 * A feed in one format. `articles` are the channel's stories newest first;
 * the first FEED_LIMIT are used. `now` is only used to date an empty feed.
 */
export function buildFeed(format: FeedFormat, channel: FeedChannel, articles: readonly ArticleSummary[], now: Date): string {
  const feed = makeFeed(format, channel, articles, now);
  if (format === 'rss') return rssWithCreators(feed);
  if (format === 'atom') {
    // `feed` types an Atom enclosure from the file extension ("image/svg"); give it the real media type.
    return feed.atom1().replace(/<link rel="enclosure" href="([^"]+)" type="[^"]*" length="0"\/>/g, (_, href: string) => `<link rel="enclosure" href="${href}" type="${imageType(href)}"/>`);
  }
  const byGuid = new Map(articles.map((a) => [articleGuid(a), a]));
  return jsonFeed11(feed, (id) => byGuid.get(id)?.authors.map((a) => ({ name: a.name, url: authorUrl(a.id) })) ?? []);
}
