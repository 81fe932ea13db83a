import type { ArticleSummary } from '../content';
import { modifiedAt } from '../content/published';
import { absoluteUrl, site } from '../site/config';
import {
  articleCardPath,
  authorPath,
  childSitemapPath,
  feedPath,
  homePath,
  listPagePath,
  logoPath,
  newsSitemapPath,
  sectionCardPath,
  sectionPath,
  siteCardPath,
  sitemapIndexPath,
  tagPath,
  type FeedFormat,
} from '../site/paths';

/**
 * Every absolute URL the search, feed and social outputs print comes from
 * here, on the site's paths (lib/site/paths.js), so a page's canonical, its
 * og:url, its JSON-LD, its sitemap entry and its feed link cannot drift apart.
 */

export type { FeedFormat } from '../site/paths';

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export const FEED_LABELS: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

export const homeUrl = (): string => absoluteUrl(homePath);
export const articleUrl = (article: Pick<ArticleSummary, 'path'>): string => absoluteUrl(article.path);
export const sectionUrl = (sectionId: string): string => absoluteUrl(sectionPath(sectionId));
export const tagUrl = (slug: string): string => absoluteUrl(tagPath(slug));
export const authorUrl = (id: string): string => absoluteUrl(authorPath(id));
export const imageUrl = (src: string): string => absoluteUrl(src);
/** Page `page` of the list whose first page is at `base` (a site path). */
export const listPageUrl = (base: string, page: number): string => absoluteUrl(listPagePath(base, page));

/** The site's feeds, or a section's when `sectionId` is given. */
export const feedUrl = (format: FeedFormat, sectionId?: string): string => absoluteUrl(feedPath(format, sectionId));

export const OG_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

export const articleImageUrl = (article: Pick<ArticleSummary, 'id'>): string => absoluteUrl(articleCardPath(article.id));
export const sectionImageUrl = (sectionId: string): string => absoluteUrl(sectionCardPath(sectionId));
export const siteImageUrl = (): string => absoluteUrl(siteCardPath);

/** Square logo for structured data (Google asks for at least 112 px). */
export const LOGO = { width: 512, height: 512 } as const;
export const logoUrl = (): string => absoluteUrl(logoPath);

export const sitemapIndexUrl = (): string => absoluteUrl(sitemapIndexPath);
export const newsSitemapUrl = (): string => absoluteUrl(newsSitemapPath);
export const childSitemapUrl = (file: string): string => absoluteUrl(childSitemapPath(file));

/** "en-GB" → "en": Google News asks for an ISO 639 language code. */
export function languageCode(locale = site.locale): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
}

/** The latest of an article's dates (update, corrections): what "last modified" means everywhere. */
export { modifiedAt };

/** The newest modification among articles, or undefined for none. */
export function newestModified(articles: readonly Pick<ArticleSummary, 'publishedAt' | 'updatedAt' | 'corrections'>[]): string | undefined {
  let best: string | undefined;
  for (const a of articles) {
    const at = modifiedAt(a);
    if (best === undefined || Date.parse(at) > Date.parse(best)) best = at;
  }
  return best;
}
