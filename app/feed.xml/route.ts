import { siteFeed } from '@/lib/routes/feeds';

export const revalidate = 30;

export function GET() {
  return siteFeed('rss');
}
