import { liveBlogFeed, liveBlogFeedParams, type StoryParams } from '@/lib/seo/feed-routes';

export const dynamicParams = true;
export const revalidate = 30;

export const generateStaticParams = liveBlogFeedParams;

export function GET(_request: Request, { params }: { params: Promise<StoryParams> }) {
  return liveBlogFeed('atom', params);
}
