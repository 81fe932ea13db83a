import { sectionCard, sectionCardParams } from '@/lib/seo/og-routes';

export const dynamicParams = true;
export const revalidate = 3600;

export const generateStaticParams = sectionCardParams;

export function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return sectionCard(params);
}
