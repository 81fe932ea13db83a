import { cardImage } from '@/components/social/card-image';
import { articleCard, articleCardParams } from '@/lib/routes/cards';
import { notFoundResponse } from '@/lib/routes/responses';

// Cards are drawn at build for the articles prerendered, and on first request for the others.
export const dynamicParams = true;
export const revalidate = 3600;

export const generateStaticParams = articleCardParams;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const card = await articleCard(params);
  return card ? cardImage(card) : notFoundResponse();
}
