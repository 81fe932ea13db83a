import { ImageResponse } from 'next/og';
import type { Card } from '@/lib/routes/cards';
import { notFoundResponse } from '@/lib/routes/responses';
import { CARD_SIZE, cardFonts } from '@/lib/seo/og';
import { LOGO } from '@/lib/seo/urls';
import { site } from '@/lib/site/config';
import { SiteLogo } from './SiteLogo';
import { SocialCard } from './SocialCard';

/** A share card as the PNG an /og/ route answers, drawn by next/og with the card fonts. */
export async function cardImage(card: Card): Promise<Response> {
  return new ImageResponse(<SocialCard {...card} />, { ...CARD_SIZE, fonts: await cardFonts() });
}

/** The square logo as a PNG. */
export async function logoImage(): Promise<Response> {
  return new ImageResponse(<SiteLogo siteName={site.name} />, { ...LOGO, fonts: await cardFonts() });
}

/** The GET handler of a card route: the card `find` reads from the route's params, or a 404. */
export function cardRoute(find: (params: Promise<{ file: string }>) => Promise<Card | undefined>) {
  return async (_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> => {
    const card = await find(params);
    return card ? cardImage(card) : notFoundResponse();
  };
}
