import { ImageResponse } from 'next/og';
import { SiteLogo } from '@/components/SiteLogo';
import { SocialCard } from '@/components/SocialCard';
import { getArticleSummary, getSection, getSections, listArticles } from '../content';
import { formatDate } from '../content/dates';
import { prerenderLimit } from '../prerender';
import { site } from '../site';
import { CARD_SIZE, cardFonts } from './og';
import { notFoundResponse } from './responses';
import { LOGO } from './urls';

/** GET handlers for /og/…: share cards for articles, sections and the site, and the logo. */

const PNG = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.png$/;

async function card(props: Parameters<typeof SocialCard>[0]): Promise<Response> {
  return new ImageResponse(<SocialCard {...props} />, { ...CARD_SIZE, fonts: await cardFonts() });
}

export async function articleCard(params: Promise<{ file: string }>): Promise<Response> {
  const id = PNG.exec((await params).file)?.[1];
  const article = id ? getArticleSummary(id) : undefined;
  if (!article) return notFoundResponse();
  return card({ kicker: article.section.name, headline: article.headline, siteName: site.name, footnote: formatDate(article.publishedAt) });
}

/** Cards drawn at build: those of the articles prerendered (lib/prerender.ts); the rest on first request. */
export function articleCardParams(): { file: string }[] {
  return listArticles({ limit: prerenderLimit('MASTHEAD_PRERENDER_ARTICLES') }).map((a) => ({ file: `${a.id}.png` }));
}

export async function sectionCard(params: Promise<{ file: string }>): Promise<Response> {
  const id = PNG.exec((await params).file)?.[1];
  const section = id ? getSection(id) : undefined;
  if (!section) return notFoundResponse();
  return card({ kicker: site.name, headline: section.name, siteName: site.name });
}

export function sectionCardParams(): { file: string }[] {
  return getSections().map((s) => ({ file: `${s.id}.png` }));
}

export function siteCard(): Promise<Response> {
  return card({ kicker: 'News and analysis', headline: site.tagline, siteName: site.name });
}

export async function logo(): Promise<Response> {
  return new ImageResponse(<SiteLogo siteName={site.name} />, { ...LOGO, fonts: await cardFonts() });
}
