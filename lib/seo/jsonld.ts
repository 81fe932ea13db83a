import type { ArticleSummary, Section } from '../content';
import { correctionsStructuredData } from '../content/published';
import { site } from '../site/config';
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
 * schema.org structured data, as Google's guidelines for news articles ask.
 * The builders return plain objects; components/document/JsonLd.tsx writes them with
 * `inlineJson` (lib/http/inline-json.ts), safe inside a `<script>` element.
 */

type JsonLdValue = string | number | boolean | null | JsonLdValue[] | { [key: string]: JsonLdValue };
export type JsonLd = { [key: string]: JsonLdValue };

const CONTEXT = 'https://schema.org';

const organizationId = () => `${homeUrl()}#organization`;
const websiteId = () => `${homeUrl()}#website`;

function organizationJsonLd(): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(),
    name: site.name,
    url: homeUrl(),
    logo: { '@type': 'ImageObject', url: logoUrl(), width: LOGO.width, height: LOGO.height },
  };
}

/** The front page's graph: the site and the organisation behind it. */
export function frontPageJsonLd(): JsonLd {
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

export function breadcrumbJsonLd(crumbs: readonly Crumb[]): JsonLd {
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

export function newsArticleJsonLd(article: ArticleSummary): JsonLd {
  const url = articleUrl(article);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: article.headline,
    description: article.standfirst,
    image: [
      {
        '@type': 'ImageObject',
        url: imageUrl(article.image.src),
        width: article.image.width,
        height: article.image.height,
        caption: article.image.caption,
        creditText: article.image.credit,
      },
      { '@type': 'ImageObject', url: articleImageUrl(article), width: OG_IMAGE.width, height: OG_IMAGE.height },
    ],
    datePublished: article.publishedAt,
    dateModified: modifiedAt(article),
    author: article.authors.map((a) => ({
      '@type': a.kind === 'person' ? 'Person' : 'Organization',
      name: a.name,
      url: authorUrl(a.id),
    })),
    publisher: organizationJsonLd(),
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    inLanguage: site.locale,
    isAccessibleForFree: true,
    wordCount: article.wordCount,
    ...(article.corrections.length ? { correction: correctionsStructuredData(article) } : {}),
  };
}
