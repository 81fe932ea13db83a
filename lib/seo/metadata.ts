import type { ArticleSummary, Author, Section, Tag } from '../content';
import { absoluteUrl, site } from '../site/config';
import { authorPath, liveFeedPath, liveKeyEventsPath, livePagePath, searchPagePath, sectionPath, tagPath, updatePermalinkPath } from '../site/paths';
import type { LiveView } from '../content/live';
import { updateHeadline, type LiveUpdateEntry } from '../content/live/model';
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

/** The site's feeds, a section's before each of them when given, and a live blog's own before those. */
function feeds(section?: Pick<Section, 'id' | 'name'>, blog?: Pick<ArticleSummary, 'path' | 'headline'>): PageHead['feeds'] {
  return FORMATS.flatMap((format) => {
    const label = FEED_LABELS[format];
    const type = FEED_TYPES[format];
    return [
      ...(blog ? [{ type, href: absoluteUrl(liveFeedPath(blog.path, format)), title: `${blog.headline} (${label})` }] : []),
      ...(section ? [{ type, href: feedUrl(format, section.id), title: `${site.name}: ${section.name} (${label})` }] : []),
      { type, href: feedUrl(format), title: `${site.name} (${label})` },
    ];
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
  return storyHead(article, { url: articleUrl(article), title: article.headline, modified: modifiedAt(article), feeds: feeds(article.section) });
}

/**
 * A live blog's page: an article's head, dated by its newest update (`modified`), with its
 * own feeds of updates listed first; its headline says whether coverage goes on ("– live") or
 * has ended ("– as it happened"). An older page is its own canonical address and says which
 * it is. The key events alone and an update's own page point search engines at the live blog
 * (docs/decisions/0014); an update's page is shared as the update, under its own title.
 */
export function liveBlogMetadata(blog: ArticleSummary, page: LiveView, modified: string, shown?: LiveUpdateEntry): PageHead {
  const all = feeds(blog.section, blog);
  const head = { modified, feeds: all, canonical: articleUrl(blog) };
  if (page === 'latest') return storyHead(blog, { ...head, url: articleUrl(blog), title: blog.headline });
  if (page === 'key-events') return storyHead(blog, { ...head, url: absoluteUrl(liveKeyEventsPath(blog.path)), title: `Key events: ${blog.headline}` });
  if (typeof page === 'number') {
    const url = absoluteUrl(livePagePath(blog.path, page));
    return storyHead(blog, { ...head, url, canonical: url, title: `${blog.headline}: earlier updates (page ${page})` });
  }
  const title = shown ? `${updateHeadline(shown)} · ${blog.headline}` : blog.headline;
  const description = shown?.text.replace(/\s+/g, ' ').trim().slice(0, 200) || blog.standfirst;
  return storyHead(blog, { ...head, url: absoluteUrl(updatePermalinkPath(blog.path, page.update)), title, description });
}

interface StoryPage {
  url: string;
  /** Where search engines should look instead, when it is not `url`. */
  canonical?: string;
  title: string;
  /** Unless the story's standfirst says it. */
  description?: string;
  /** schema.org dateModified, og's modified_time. */
  modified: string;
  feeds: PageHead['feeds'];
}

function storyHead(article: ArticleSummary, { url, canonical = url, title, description = article.standfirst, modified, feeds }: StoryPage): PageHead {
  const authors = article.authors.map((a) => ({ name: a.name, url: authorUrl(a.id) }));
  const tags = article.tags.map((t) => t.name);
  return {
    title: titled(title),
    description,
    robots: INDEX,
    canonical,
    feeds,
    authors,
    keywords: tags,
    social: {
      type: 'article',
      title,
      description,
      url,
      image: { url: articleImageUrl(article), alt: article.headline },
      article: { publishedTime: article.publishedAt, modifiedTime: modified, authors: authors.map((a) => a.url), section: article.section.name, tags },
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
