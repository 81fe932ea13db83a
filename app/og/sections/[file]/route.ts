import { cardImage } from '@/components/social/card-image';
import { sectionCard, sectionCardParams } from '@/lib/routes/cards';
import { notFoundResponse } from '@/lib/routes/responses';

export const dynamicParams = true;
export const revalidate = 3600;

export const generateStaticParams = sectionCardParams;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const card = await sectionCard(params);
  return card ? cardImage(card) : notFoundResponse();
}
