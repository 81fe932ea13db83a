import { liveBlogFeed, liveBlogFeedParams } from '@/lib/routes/feeds';
import type { ArticleParams } from '@/lib/site/paths';

export const dynamicParams = true;
export const revalidate = 30;

export const generateStaticParams = liveBlogFeedParams;

export function GET(_request: Request, { params }: { params: Promise<ArticleParams> }) {
  return liveBlogFeed('rss', params);
}
