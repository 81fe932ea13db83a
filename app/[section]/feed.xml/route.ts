import { sectionFeed, sectionFeedParams } from '@/lib/routes/feeds';

export const dynamicParams = true;
export const revalidate = 30;

export const generateStaticParams = sectionFeedParams;

export function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  return sectionFeed('rss', params);
}
