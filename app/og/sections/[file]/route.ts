import { cardRoute } from '@/components/social/card-image';
import { sectionCard, sectionCardParams } from '@/lib/routes/cards';

export const dynamicParams = true;
export const revalidate = 3600;
export const generateStaticParams = sectionCardParams;
export const GET = cardRoute(sectionCard);
