import { getArticleSummary, getSection, getSections, listArticles } from '../content';
import { site } from '../site/config';
import { formatDate } from '../site/dates';
import { cardFile, cardId } from '../site/paths';
import { prerenderLimit } from '../site/prerender';

/**
 * What the share cards under /og/ say: the article's, each section's and the site's
 * (components/social/card-image.tsx draws them with next/og).
 */

/** The words of a 1200×630 share card. */
export interface Card {
  /** Small line above the headline: the section, or the site's tagline. */
  kicker: string;
  headline: string;
  siteName: string;
  /** Optional last line, e.g. the date. */
  footnote?: string;
}

/** An article's card, by the file name in its address; undefined for no published article. */
export async function articleCard(params: Promise<{ file: string }>): Promise<Card | undefined> {
  const id = cardId((await params).file);
  const article = id ? getArticleSummary(id) : undefined;
  return article && { kicker: article.section.name, headline: article.headline, siteName: site.name, footnote: formatDate(article.publishedAt) };
}

/** Cards drawn at build: those of the articles prerendered (lib/site/prerender.ts); the rest on first request. */
export function articleCardParams(): { file: string }[] {
  return listArticles({ limit: prerenderLimit('MASTHEAD_PRERENDER_ARTICLES') }).map((a) => ({ file: cardFile(a.id) }));
}

export async function sectionCard(params: Promise<{ file: string }>): Promise<Card | undefined> {
  const id = cardId((await params).file);
  const section = id ? getSection(id) : undefined;
  return section && { kicker: site.name, headline: section.name, siteName: site.name };
}

export function sectionCardParams(): { file: string }[] {
  return getSections().map((s) => ({ file: cardFile(s.id) }));
}

export function siteCard(): Card {
  return { kicker: 'News and analysis', headline: site.tagline, siteName: site.name };
}
