import { cardRoute } from '@/components/social/card-image';
import { articleCard, articleCardParams } from '@/lib/routes/cards';

// Cards are drawn at build for the articles prerendered, and on first request for the others.
export const dynamicParams = true;
export const revalidate = 3600;
export const generateStaticParams = articleCardParams;
export const GET = cardRoute(articleCard);
