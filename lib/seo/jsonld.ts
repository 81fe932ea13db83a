import type {
  BlogPosting,
  BreadcrumbList,
  CorrectionComment,
  ImageObjectLeaf,
  LiveBlogPostingLeaf,
  NewsArticleLeaf,
  NewsMediaOrganizationLeaf,
  Organization,
  Person,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { ArticleSummary, Section } from '../content';
import { correctionsStructuredData } from '../content/published';
import { updateHeadline, type LiveBlogSummary, type LiveUpdateEntry } from '../content/live/model';
import { liveModifiedAt } from '../content/live/pages';
import { absoluteUrl, site } from '../site/config';
import { updatePermalinkPath } from '../site/paths';
import {
  articleImageUrl,
  articleUrl,
  authorUrl,
  homeUrl,
  imageUrl,
  LOGO,
  logoUrl,
  modifiedAt,
  OG_IMAGE,
  sectionUrl,
} from './urls';

/**
 * schema.org structured data, as Google's guidelines for news articles and
 * live blogs ask, typed with schema-dts. The builders return plain objects;
 * components/document/JsonLd.tsx writes them with `inlineJson`
 * (lib/http/inline-json.ts), safe inside a `<script>` element.
 */

/**
 * schema.org types an image's width and height as Distance (text) or
 * QuantitativeValue; Google reads plain pixel numbers, which the site has
 * always written. This is the one place the output departs from schema-dts:
 * an image, the organisation's logo and the stories that carry them.
 */
type PixelImage = Omit<ImageObjectLeaf, 'width' | 'height'> & { width: number; height: number };
type Publisher = Omit<NewsMediaOrganizationLeaf, 'logo'> & { logo: PixelImage };
type Story<T> = Omit<T, 'image' | 'publisher'> & { image: PixelImage[]; publisher: Publisher };

export type NewsArticleJsonLd = WithContext<Story<NewsArticleLeaf>>;
export type LiveBlogPostingJsonLd = WithContext<Story<LiveBlogPostingLeaf>>;
export interface FrontPageJsonLd {
  '@context': 'https://schema.org';
  '@graph': [WebSite, Publisher];
}

/** A top-level structured-data document the site writes. */
export type JsonLd = WithContext<Thing> | NewsArticleJsonLd | LiveBlogPostingJsonLd | FrontPageJsonLd;

const CONTEXT = 'https://schema.org';

const organizationId = () => `${homeUrl()}#organization`;
const websiteId = () => `${homeUrl()}#website`;

function organizationJsonLd(): Publisher {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(),
    name: site.name,
    url: homeUrl(),
    logo: { '@type': 'ImageObject', url: logoUrl(), width: LOGO.width, height: LOGO.height },
  };
}

/** The front page's graph: the site and the organisation behind it. */
export function frontPageJsonLd(): FrontPageJsonLd {
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': websiteId(),
        name: site.name,
        description: site.tagline,
        url: homeUrl(),
        inLanguage: site.locale,
        publisher: { '@id': organizationId() },
      },
      organizationJsonLd(),
    ],
  };
}

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

export function articleCrumbs(article: ArticleSummary): Crumb[] {
  return [
    { name: site.name, url: homeUrl() },
    { name: article.section.name, url: sectionUrl(article.section.id) },
    { name: article.headline, url: articleUrl(article) },
  ];
}

export function sectionCrumbs(section: Section): Crumb[] {
  return [
    { name: site.name, url: homeUrl() },
    { name: section.name, url: sectionUrl(section.id) },
  ];
}

/** The hero image, then the share card: Google picks the ratio it needs. */
function storyImages(article: ArticleSummary): PixelImage[] {
  return [
    {
      '@type': 'ImageObject',
      url: imageUrl(article.image.src),
      width: article.image.width,
      height: article.image.height,
      caption: article.image.caption,
      creditText: article.image.credit,
    },
    { '@type': 'ImageObject', url: articleImageUrl(article), width: OG_IMAGE.width, height: OG_IMAGE.height },
  ];
}

function storyAuthors(authors: ArticleSummary['authors']): (Person | Organization)[] {
  return authors.map((a) =>
    a.kind === 'person' ? { '@type': 'Person', name: a.name, url: authorUrl(a.id) } : { '@type': 'Organization', name: a.name, url: authorUrl(a.id) },
  );
}

function corrections(article: ArticleSummary): { correction: CorrectionComment[] } | Record<string, never> {
  if (!article.corrections.length) return {};
  // The content layer builds the values; their '@type' is written out here so schema-dts can check it.
  return { correction: correctionsStructuredData(article).map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.datePublished })) };
}

/** What a story's structured data opens with, in the order the site has always written it. */
function storyHead(article: ArticleSummary): Pick<NewsArticleLeaf, 'url' | 'mainEntityOfPage' | 'headline' | 'description' | 'datePublished'> & { image: PixelImage[] } {
  const url = articleUrl(article);
  return {
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: article.headline,
    description: article.standfirst,
    image: storyImages(article),
    datePublished: article.publishedAt,
  };
}

/** Who wrote and published a story, and what it is about. */
function storyTail(article: ArticleSummary): Pick<NewsArticleLeaf, 'author' | 'articleSection' | 'keywords' | 'inLanguage' | 'isAccessibleForFree'> & { publisher: Publisher } {
  return {
    author: storyAuthors(article.authors),
    publisher: organizationJsonLd(),
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    inLanguage: site.locale,
    isAccessibleForFree: true,
  };
}

export function newsArticleJsonLd(article: ArticleSummary): NewsArticleJsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${articleUrl(article)}#article`,
    ...storyHead(article),
    dateModified: modifiedAt(article),
    ...storyTail(article),
    wordCount: article.wordCount,
    ...corrections(article),
  };
}

/**
 * A live blog and the updates on one of its pages (newest first), as Google's
 * live-coverage guidelines describe: coverage start and end, and each update
 * as a BlogPosting whose url is its permalink. `allUpdates` dates the blog.
 */
export function liveBlogPostingJsonLd(
  blog: LiveBlogSummary,
  pageUpdates: readonly LiveUpdateEntry[],
  allUpdates: readonly LiveUpdateEntry[] = pageUpdates,
): LiveBlogPostingJsonLd {
  const updates: BlogPosting[] = pageUpdates.map((u) => ({
    '@type': 'BlogPosting',
    '@id': absoluteUrl(updatePermalinkPath(blog.path, u.id)),
    url: absoluteUrl(updatePermalinkPath(blog.path, u.id)),
    headline: updateHeadline(u),
    datePublished: u.at,
    articleBody: u.text,
    ...(u.author ? { author: storyAuthors([u.author]) } : {}),
  }));
  return {
    '@context': CONTEXT,
    '@type': 'LiveBlogPosting',
    '@id': `${articleUrl(blog)}#liveblog`,
    ...storyHead(blog),
    dateModified: liveModifiedAt(blog, allUpdates),
    coverageStartTime: blog.publishedAt,
    ...(blog.closedAt ? { coverageEndTime: blog.closedAt } : {}),
    ...storyTail(blog),
    liveBlogUpdate: updates,
    ...corrections(blog),
  };
}
