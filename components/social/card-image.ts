import type { Card } from '@/lib/routes/cards';
import { logoCard } from '@/lib/routes/cards';
import { notFoundResponse, pngResponse } from '@/lib/routes/responses';
import { drawSiteLogo } from './site-logo';
import { drawSocialCard } from './social-card';

/** A share card as the PNG an /og/ route answers. */
export async function cardImage(card: Card): Promise<Response> {
  return pngResponse(await drawSocialCard(card).encode('png'));
}

/** The square logo as a PNG. */
export async function logoImage(): Promise<Response> {
  return pngResponse(await drawSiteLogo(logoCard()).encode('png'));
}

/** The GET handler of a card route: the card `find` reads from the route's params, or a 404. */
export function cardRoute(find: (params: Promise<{ file: string }>) => Promise<Card | undefined>) {
  return async (_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> => {
    const card = await find(params);
    return card ? cardImage(card) : notFoundResponse();
  };
}
