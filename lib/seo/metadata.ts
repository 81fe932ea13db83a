import type { Metadata, Viewport } from 'next';
import type { ArticleSummary, Author, Section, Tag } from '../content';
import { absoluteUrl, site } from '../site/config';
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
  listPageUrl,
  sectionUrl,
  siteImageUrl,
  type FeedFormat,
} from './urls';
import { authorPath, searchPagePath, sectionPath, tagPath } from '../site/paths';

/**
 * Metadata for every page type, for Next's metadata API. Next merges a page's
 * metadata over the layout's one key at a time (a page's `openGraph` replaces
 * the layout's whole `openGraph`), so each builder returns complete objects.
 */

const FORMATS: FeedFormat[] = ['rss', 'atom', 'json'];

/** `<link rel="alternate">` for the site's feeds, and a section's first when given. */
function feedAlternates(section?: Pick<Section, 'id' | 'name'>): NonNullable<Metadata['alternates']>['types'] {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const format of FORMATS) {
    const links = [{ url: feedUrl(format), title: `${site.name} (${FEED_LABELS[format]})` }];
    if (section) links.unshift({ url: feedUrl(format, section.id), title: `${site.name}: ${section.name} (${FEED_LABELS[format]})` });
    types[FEED_TYPES[format]] = links;
  }
  return types;
}

/** Indexable pages let Google show large image previews; others say noindex but keep links followed. */
function robotsFor(indexable: boolean): Metadata['robots'] {
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

const pageSuffix = (page: number) => (page > 1 ? ` (page ${page})` : '');

const sectionDescription = (section: Section) => section.description ?? `The latest ${section.name} stories from ${site.name}.`;

/** A section's front, or a later page of it (its own canonical). */
export function sectionMetadata(section: Section, page = 1): Metadata {
  const description = sectionDescription(section);
  const metadata: Metadata = {
    title: section.name,
    description,
    robots: robotsFor(true),
    alternates: { canonical: sectionUrl(section.id), types: feedAlternates(section) },
    ...social('website', `${section.name} · ${site.name}`, description, sectionUrl(section.id), {
      url: sectionImageUrl(section.id),
      alt: `${section.name} · ${site.name}`,
    }),
  };
  if (page === 1) return metadata;
  return { ...metadata, title: `${section.name}${pageSuffix(page)}`, alternates: { ...metadata.alternates, canonical: listPageUrl(sectionPath(section.id), page) } };
}

export function articleMetadata(article: ArticleSummary): Metadata {
  const url = articleUrl(article);
  const base = social('article', article.headline, article.standfirst, url, { url: articleImageUrl(article), alt: article.headline });
  return {
    title: article.headline,
    description: article.standfirst,
    authors: article.authors.map((a) => ({ name: a.name, url: authorUrl(a.id) })),
    keywords: article.tags.map((t) => t.name),
    robots: robotsFor(true),
    alternates: { canonical: url, types: feedAlternates(article.section) },
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: modifiedAt(article),
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


export function tagMetadata(tag: Tag, page = 1): Metadata {
  return listingMetadata({
    title: `${tag.name}${pageSuffix(page)}`,
    description: `Stories about ${tag.name} from ${site.name}.`,
    url: listPageUrl(tagPath(tag.slug), page),
  });
}

export function authorMetadata(author: Author, page = 1): Metadata {
  return listingMetadata({
    title: `${author.name}${pageSuffix(page)}`,
    description: author.bio ?? `Stories by ${author.name} for ${site.name}.`,
    url: listPageUrl(authorPath(author.id), page),
  });
}

/** Search results are never indexed, whatever the query. */
export function searchMetadata(query?: string): Metadata {
  return listingMetadata({
    title: query ? `Search: ${query}` : 'Search',
    description: `Search ${site.name}.`,
    url: absoluteUrl(searchPagePath),
    indexable: false,
  });
}

/** Pages that must not be indexed at all (previews, error pages). */
export function noindexMetadata(title: string): Metadata {
  return { title, robots: robotsFor(false) };
}
