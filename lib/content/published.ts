import type { ArticleSummary } from './build';

/**
 * Drafts and embargoes. The store holds every article; what readers may see at
 * a given moment is the published view, a WHERE clause every query of the
 * gateway carries (lib/content/store/read.ts), so nothing unpublished can leak
 * through a list, page, feed or sitemap. These helpers say the same of one article.
 */

export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(article: Pick<ArticleSummary, 'draft' | 'publishedAt'>, at: Date): PublicationState {
  if (article.draft) return 'draft';
  return Date.parse(article.publishedAt) <= at.getTime() ? 'published' : 'scheduled';
}

export function isPublished(article: Pick<ArticleSummary, 'draft' | 'publishedAt'>, at: Date): boolean {
  return publicationState(article, at) === 'published';
}

/**
 * When the article last changed for readers: the latest of publishedAt,
 * updatedAt and its corrections. This is schema.org's dateModified.
 */
export function modifiedAt(article: Pick<ArticleSummary, 'publishedAt' | 'updatedAt' | 'corrections'>): string {
  let latest = article.publishedAt;
  for (const candidate of [article.updatedAt, ...article.corrections.map((c) => c.date)]) {
    if (candidate && Date.parse(candidate) > Date.parse(latest)) latest = candidate;
  }
  return latest;
}

/**
 * schema.org CreativeWork `correction` values (CorrectionComment), newest
 * first, for a NewsArticle's structured data.
 */
export function correctionsStructuredData(article: Pick<ArticleSummary, 'corrections'>) {
  return article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date }));
}
