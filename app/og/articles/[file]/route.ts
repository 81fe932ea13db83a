import { articleCard, articleCardParams } from '@/lib/seo/og-routes';

// Cards are drawn at build for the articles prerendered, and on first request for the others.
export const dynamicParams = true;
export const revalidate = 3600;

export const generateStaticParams = articleCardParams;

export function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return articleCard(params);
}
