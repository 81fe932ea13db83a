import type { ArticleSummary, Author, Section, Tag } from '../content';
import { absoluteUrl, site } from '../site/config';
import { authorPath, searchPagePath, sectionPath, tagPath } from '../site/paths';
import {
  articleImageUrl,
  articleUrl,
  authorUrl,
  FEED_LABELS,
  FEED_TYPES,
  feedUrl,
  homeUrl,
  listPageUrl,
  modifiedAt,
  sectionImageUrl,
  sectionUrl,
  siteImageUrl,
  type FeedFormat,
} from './urls';

/**
 * What the <head> of every page type says, as plain data: title, description, robots,
 * canonical, feeds, and what social networks show. head-tags.ts writes it as tags. A page
 * that says nothing of its own (an error page, a preview) gets the site's description,
 * feeds and card.
 */
export interface PageHead {
  /** The whole <title>. */
  title: string;
  description: string;
  /** The robots meta; absent, crawlers index and follow. */
  robots?: string;
  canonical?: string;
  /** `<link rel="alternate">` for feeds, in the order written. */
  feeds: { type: string; href: string; title: string }[];
  authors?: { name: string; url: string }[];
  keywords?: string[];
  social: SocialHead;
}

/** Open Graph and the Twitter card. */
interface SocialHead {
  type: 'website' | 'article';
  title: string;
  description: string;
  url: string;
  image: { url: string; alt: string };
  /** Open Graph's article fields. */
  article?: { publishedTime: string; modifiedTime: string; authors: string[]; section: string; tags: string[] };
}

const FORMATS: FeedFormat[] = ['rss', 'atom', 'json'];

/** The site's feeds, and a section's before each of them when given. */
function feeds(section?: Pick<Section, 'id' | 'name'>): PageHead['feeds'] {
  return FORMATS.flatMap((format) => {
    const label = FEED_LABELS[format];
    const site_ = { type: FEED_TYPES[format], href: feedUrl(format), title: `${site.name} (${label})` };
    return section ? [{ type: FEED_TYPES[format], href: feedUrl(format, section.id), title: `${site.name}: ${section.name} (${label})` }, site_] : [site_];
  });
}

/** Indexable pages let Google show large image previews; others say noindex but keep links followed. */
const INDEX = 'index, follow, max-image-preview:large, max-snippet:-1';
const NOINDEX = 'noindex, follow';

/** A page's title under the site's name; `absolute` for one that names the site itself. */
const titled = (title: string) => `${title} · ${site.name}`;

const siteCard = (): SocialHead => ({
  type: 'website',
  title: site.name,
  description: site.tagline,
  url: homeUrl(),
  image: { url: siteImageUrl(), alt: `${site.name}: ${site.tagline}` },
});

/** What a page that says nothing of its own shows: the site's description, feeds and card. */
function siteDefaults(title: string, robots?: string): PageHead {
  return { title, description: site.tagline, ...(robots ? { robots } : {}), feeds: feeds(), social: siteCard() };
}

export function frontPageMetadata(): PageHead {
  return { ...siteDefaults(`${site.name}: ${site.tagline}`, INDEX), canonical: homeUrl() };
}

const pageSuffix = (page: number) => (page > 1 ? ` (page ${page})` : '');

/** A section's front, or a later page of it (its own canonical). */
export function sectionMetadata(section: Section, page = 1): PageHead {
  const description = section.description ?? `The latest ${section.name} stories from ${site.name}.`;
  const title = `${section.name} · ${site.name}`;
  return {
    title: titled(`${section.name}${pageSuffix(page)}`),
    description,
    robots: INDEX,
    canonical: listPageUrl(sectionPath(section.id), page),
    feeds: feeds(section),
    social: { type: 'website', title, description, url: sectionUrl(section.id), image: { url: sectionImageUrl(section.id), alt: title } },
  };
}

export function articleMetadata(article: ArticleSummary): PageHead {
  const url = articleUrl(article);
  const authors = article.authors.map((a) => ({ name: a.name, url: authorUrl(a.id) }));
  const tags = article.tags.map((t) => t.name);
  return {
    title: titled(article.headline),
    description: article.standfirst,
    robots: INDEX,
    canonical: url,
    feeds: feeds(article.section),
    authors,
    keywords: tags,
    social: {
      type: 'article',
      title: article.headline,
      description: article.standfirst,
      url,
      image: { url: articleImageUrl(article), alt: article.headline },
      article: { publishedTime: article.publishedAt, modifiedTime: modifiedAt(article), authors: authors.map((a) => a.url), section: article.section.name, tags },
    },
  };
}

/** A draft or embargoed article, previewed in `next dev`: labelled, and never indexed. */
export function previewMetadata(article: Pick<ArticleSummary, 'headline'> & { state: string }): PageHead {
  return siteDefaults(titled(`[${article.state}] ${article.headline}`), 'noindex, nofollow');
}

/** A list page other than the fronts: tag and author pages, and their later pages. */
interface ListingPage {
  title: string;
  description: string;
  /** Absolute URL of this page (page 2 and later are their own canonical). */
  url: string;
  /** False for pages that should not be indexed, such as search results. */
  indexable?: boolean;
}

export function listingMetadata({ title, description, url, indexable = true }: ListingPage): PageHead {
  return {
    title: titled(title),
    description,
    robots: indexable ? INDEX : NOINDEX,
    canonical: url,
    feeds: feeds(),
    social: { ...siteCard(), title: titled(title), description, url },
  };
}

export function tagMetadata(tag: Tag, page = 1): PageHead {
  return listingMetadata({ title: `${tag.name}${pageSuffix(page)}`, description: `Stories about ${tag.name} from ${site.name}.`, url: listPageUrl(tagPath(tag.slug), page) });
}

export function authorMetadata(author: Author, page = 1): PageHead {
  return listingMetadata({
    title: `${author.name}${pageSuffix(page)}`,
    description: author.bio ?? `Stories by ${author.name} for ${site.name}.`,
    url: listPageUrl(authorPath(author.id), page),
  });
}

/** Search results are never indexed, whatever the query. */
export function searchMetadata(): PageHead {
  return listingMetadata({ title: 'Search', description: `Search ${site.name}.`, url: absoluteUrl(searchPagePath), indexable: false });
}

/** Pages that must not be indexed at all (previews, error pages). */
export function noindexMetadata(title: string): PageHead {
  return siteDefaults(titled(title), NOINDEX);
}
