import { getArticleSummary, getSection, getSections, listArticles } from '../content';
import { site } from '../site/config';
import { formatDate } from '../site/dates';
import { cardFile, cardId } from '../site/paths';
import { prerenderLimit } from '../site/prerender';

/**
 * What the share cards under /og/ say, and in which language: the article's, each section's,
 * the site's and the square logo (components/social/ draws them).
 */

/** A card's language (BCP 47) and the direction it is written in: a right-to-left card is mirrored. */
export interface CardWriting {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** The site's own edition, which every card is in so far. */
const SITE_WRITING: CardWriting = { lang: site.locale, dir: 'ltr' };

/** The words of a 1200×630 share card. */
export interface Card extends CardWriting {
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
  return article && { ...SITE_WRITING, kicker: article.section.name, headline: article.headline, siteName: site.name, footnote: formatDate(article.publishedAt) };
}

/** Cards drawn at build: those of the articles prerendered (lib/site/prerender.ts); the rest on first request. */
export function articleCardParams(): { file: string }[] {
  return listArticles({ limit: prerenderLimit('MASTHEAD_PRERENDER_ARTICLES') }).map((a) => ({ file: cardFile(a.id) }));
}

export async function sectionCard(params: Promise<{ file: string }>): Promise<Card | undefined> {
  const id = cardId((await params).file);
  const section = id ? getSection(id) : undefined;
  return section && { ...SITE_WRITING, kicker: site.name, headline: section.name, siteName: site.name };
}

export function sectionCardParams(): { file: string }[] {
  return getSections().map((s) => ({ file: cardFile(s.id) }));
}

export function siteCard(): Card {
  return { ...SITE_WRITING, kicker: 'News and analysis', headline: site.tagline, siteName: site.name };
}

/** The square logo: the site name's first letter. */
export interface LogoCard extends CardWriting {
  siteName: string;
}

export function logoCard(): LogoCard {
  return { ...SITE_WRITING, siteName: site.name };
}
