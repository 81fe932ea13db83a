import type { ArticleSummary } from '../content';
import { modifiedAt } from '../content/published';
import { absoluteUrl, site } from '../site';

/**
 * Every absolute URL the search, feed and social outputs print comes from
 * here, so a page's canonical, its og:url, its JSON-LD, its sitemap entry and
 * its feed link cannot drift apart.
 */

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FILES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export const FEED_LABELS: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

export const homeUrl = (): string => absoluteUrl('/');
export const articleUrl = (article: Pick<ArticleSummary, 'path'>): string => absoluteUrl(article.path);
export const sectionUrl = (sectionId: string): string => absoluteUrl(`/${sectionId}`);
export const tagUrl = (slug: string): string => absoluteUrl(`/tags/${slug}`);
export const authorUrl = (id: string): string => absoluteUrl(`/authors/${id}`);
export const imageUrl = (src: string): string => absoluteUrl(src);

/** The site's feeds, or a section's when `sectionId` is given. */
export function feedUrl(format: FeedFormat, sectionId?: string): string {
  return absoluteUrl(sectionId ? `/${sectionId}/${FEED_FILES[format]}` : `/${FEED_FILES[format]}`);
}

export const OG_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

export const articleImageUrl = (article: Pick<ArticleSummary, 'id'>): string => absoluteUrl(`/og/articles/${article.id}.png`);
export const sectionImageUrl = (sectionId: string): string => absoluteUrl(`/og/sections/${sectionId}.png`);
export const siteImageUrl = (): string => absoluteUrl('/og/site.png');

/** Square logo for structured data (Google asks for at least 112 px). */
export const LOGO = { width: 512, height: 512 } as const;
export const logoUrl = (): string => absoluteUrl('/og/logo.png');

export const sitemapIndexUrl = (): string => absoluteUrl('/sitemap.xml');
export const newsSitemapUrl = (): string => absoluteUrl('/news-sitemap.xml');
export const childSitemapUrl = (file: string): string => absoluteUrl(`/sitemaps/${file}`);

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
