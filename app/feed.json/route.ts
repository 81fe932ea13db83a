import { siteFeed } from '@/lib/seo/feed-routes';

export const revalidate = 60;

export function GET() {
  return siteFeed('json');
}
