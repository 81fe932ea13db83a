import { indexOf, type ArticleSummary, type ContentIndex } from './build';

/**
 * Drafts and embargoes. The index holds every article; what readers may see at
 * a given moment is a view of it, and every list, page, feed and sitemap is
 * built from that view, so nothing unpublished can leak through one of them.
 */

export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(article: Pick<ArticleSummary, 'draft' | 'publishedAt'>, at: Date): PublicationState {
  if (article.draft) return 'draft';
  return Date.parse(article.publishedAt) <= at.getTime() ? 'published' : 'scheduled';
}

export function isPublished(article: Pick<ArticleSummary, 'draft' | 'publishedAt'>, at: Date): boolean {
  return publicationState(article, at) === 'published';
}

export interface PublishedView {
  index: ContentIndex;
  /** The view is the same for every instant in [from, until): the next embargo to lift ends it. */
  from: number;
  until: number;
}

/** The articles readers may see at `at`, with lookup maps of their own. */
export function publishedView(full: ContentIndex, at: Date): PublishedView {
  const t = at.getTime();
  let from = -Infinity;
  let until = Infinity;
  const articles: ArticleSummary[] = [];
  for (const article of full.articles) {
    if (article.draft) continue;
    const published = Date.parse(article.publishedAt);
    if (published <= t) {
      articles.push(article);
      from = Math.max(from, published);
    } else {
      until = Math.min(until, published);
    }
  }
  const index = articles.length === full.articles.length ? full : indexOf(articles, full);
  return { index, from, until };
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
