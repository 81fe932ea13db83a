import type { Metadata, Viewport } from 'next';
import type { ArticleSummary, Author, Section, Tag } from '../content';
import type { LiveBlogSummary } from '../live/model';
import { livePagePath, type LivePage } from '../live/pages';
import { absoluteUrl, site } from '../site';
import { liveFeedUrl } from './live-feeds';
import {
  articleImageUrl,
  articleUrl,
  authorUrl,
  FEED_LABELS,
  FEED_TYPES,
  feedUrl,
  homeUrl,
  modifiedAt,
  OG_IMAGE,
  sectionImageUrl,
  sectionUrl,
  siteImageUrl,
  tagUrl,
  type FeedFormat,
} from './urls';

/**
 * Metadata for every page type, for Next's metadata API. Next merges a page's
 * metadata over the layout's one key at a time (a page's `openGraph` replaces
 * the layout's whole `openGraph`), so each builder returns complete objects.
 */

const FORMATS: FeedFormat[] = ['rss', 'atom', 'json'];

/** `<link rel="alternate">` for the site's feeds, and a section's before them when given, and a page's own (a live blog's) first. */
export function feedAlternates(
  section?: Pick<Section, 'id' | 'name'>,
  own?: (format: FeedFormat) => { url: string; title: string },
): NonNullable<Metadata['alternates']>['types'] {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const format of FORMATS) {
    const links = [{ url: feedUrl(format), title: `${site.name} (${FEED_LABELS[format]})` }];
    if (section) links.unshift({ url: feedUrl(format, section.id), title: `${site.name}: ${section.name} (${FEED_LABELS[format]})` });
    if (own) links.unshift(own(format));
    types[FEED_TYPES[format]] = links;
  }
  return types;
}

/** Indexable pages let Google show large image previews; others say noindex but keep links followed. */
export function robotsFor(indexable: boolean): Metadata['robots'] {
  return indexable
    ? { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1 }
    : { index: false, follow: true };
}

const ogLocale = () => site.locale.replace('-', '_');

interface SocialImage {
  url: string;
  alt: string;
}

function social(kind: 'website' | 'article', title: string, description: string, url: string, image: SocialImage) {
  const images = [{ url: image.url, width: OG_IMAGE.width, height: OG_IMAGE.height, type: OG_IMAGE.type, alt: image.alt }];
  return {
    openGraph: { type: kind, siteName: site.name, locale: ogLocale(), title, description, url, images },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] },
  } satisfies Pick<Metadata, 'openGraph' | 'twitter'>;
}

/** Every page's browser chrome colours, light and dark. */
export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

/** The root layout's defaults: the title template, and what a page that sets nothing gets. */
export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.tagline,
    applicationName: site.name,
    // No robots here: Next adds noindex to error pages, and a layout default would contradict it.
    alternates: { types: feedAlternates() },
    ...social('website', site.name, site.tagline, homeUrl(), { url: siteImageUrl(), alt: `${site.name}: ${site.tagline}` }),
  };
}

export function frontPageMetadata(): Metadata {
  return {
    title: { absolute: `${site.name}: ${site.tagline}` },
    description: site.tagline,
    robots: robotsFor(true),
    alternates: { canonical: homeUrl(), types: feedAlternates() },
    ...social('website', site.name, site.tagline, homeUrl(), { url: siteImageUrl(), alt: `${site.name}: ${site.tagline}` }),
  };
}

const sectionDescription = (section: Section) => section.description ?? `The latest ${section.name} stories from ${site.name}.`;

export function sectionMetadata(section: Section): Metadata {
  const description = sectionDescription(section);
  return {
    title: section.name,
    description,
    robots: robotsFor(true),
    alternates: { canonical: sectionUrl(section.id), types: feedAlternates(section) },
    ...social('website', `${section.name} · ${site.name}`, description, sectionUrl(section.id), {
      url: sectionImageUrl(section.id),
      alt: `${section.name} · ${site.name}`,
    }),
  };
}

export function articleMetadata(article: ArticleSummary): Metadata {
  return storyMetadata(article, { url: articleUrl(article), title: article.headline, modified: modifiedAt(article), feeds: feedAlternates(article.section) });
}

/**
 * A live blog's page: an article's metadata, dated by its newest update (`modified`), with its
 * own feeds of updates listed first. An older page is its own canonical address and says which it is.
 */
export function liveBlogMetadata(blog: LiveBlogSummary, page: LivePage, modified: string): Metadata {
  const feeds = feedAlternates(blog.section, (format) => ({ url: liveFeedUrl(blog, format), title: `${blog.headline} (${FEED_LABELS[format]})` }));
  if (page === 'latest') return storyMetadata(blog, { url: articleUrl(blog), title: blog.headline, modified, feeds });
  return storyMetadata(blog, { url: absoluteUrl(livePagePath(blog.path, page)), title: `${blog.headline}: earlier updates (page ${page})`, modified, feeds });
}

interface StoryPage {
  url: string;
  title: string;
  /** schema.org dateModified, og's modified_time. */
  modified: string;
  feeds: NonNullable<Metadata['alternates']>['types'];
}

function storyMetadata(article: ArticleSummary, { url, title, modified, feeds }: StoryPage): Metadata {
  const base = social('article', title, article.standfirst, url, { url: articleImageUrl(article), alt: article.headline });
  return {
    title,
    description: article.standfirst,
    authors: article.authors.map((a) => ({ name: a.name, url: authorUrl(a.id) })),
    keywords: article.tags.map((t) => t.name),
    robots: robotsFor(true),
    alternates: { canonical: url, types: feeds },
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: modified,
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => authorUrl(a.id)),
    },
    twitter: base.twitter,
  };
}

/** A draft or embargoed article, previewed in `next dev`: labelled, and never indexed. */
export function previewMetadata(article: Pick<ArticleSummary, 'headline'> & { state: string }): Metadata {
  return { title: `[${article.state}] ${article.headline}`, robots: { index: false, follow: false } };
}

/** A list page other than the fronts: tag and author pages, and their later pages. */
export interface ListingPage {
  title: string;
  description: string;
  /** Absolute URL of this page (page 2 and later are their own canonical). */
  url: string;
  /** False for pages that should not be indexed, such as search results. */
  indexable?: boolean;
}

export function listingMetadata({ title, description, url, indexable = true }: ListingPage): Metadata {
  return {
    title,
    description,
    robots: robotsFor(indexable),
    alternates: { canonical: url, types: feedAlternates() },
    ...social('website', `${title} · ${site.name}`, description, url, { url: siteImageUrl(), alt: `${site.name}: ${site.tagline}` }),
  };
}

const pageSuffix = (page: number) => (page > 1 ? ` (page ${page})` : '');
const pagePath = (path: string, page: number) => (page > 1 ? `${path}/page/${page}` : path);

export function tagMetadata(tag: Tag, page = 1): Metadata {
  return listingMetadata({
    title: `${tag.name}${pageSuffix(page)}`,
    description: `Stories about ${tag.name} from ${site.name}.`,
    url: page > 1 ? `${tagUrl(tag.slug)}/page/${page}` : tagUrl(tag.slug),
  });
}

export function authorMetadata(author: Author, page = 1): Metadata {
  return listingMetadata({
    title: `${author.name}${pageSuffix(page)}`,
    description: author.bio ?? `Stories by ${author.name} for ${site.name}.`,
    url: page > 1 ? `${authorUrl(author.id)}/page/${page}` : authorUrl(author.id),
  });
}

/** Later pages of the fronts ("/page/2", "/world/page/2"). */
export function frontPageNumberMetadata(page: number, section?: Section): Metadata {
  const base = section ? sectionMetadata(section) : frontPageMetadata();
  const path = section ? `/${section.id}` : '';
  const url = new URL(pagePath(path, page) || '/', `${site.baseUrl}/`).toString();
  return { ...base, title: `${section?.name ?? 'Latest stories'}${pageSuffix(page)}`, alternates: { ...base.alternates, canonical: url } };
}

/** Search results are never indexed, whatever the query. */
export function searchMetadata(query?: string): Metadata {
  return listingMetadata({
    title: query ? `Search: ${query}` : 'Search',
    description: `Search ${site.name}.`,
    url: new URL('/search', `${site.baseUrl}/`).toString(),
    indexable: false,
  });
}

/** Pages that must not be indexed at all (previews, error pages). */
export function noindexMetadata(title: string): Metadata {
  return { title, robots: robotsFor(false) };
}
