import { siteFeed } from '@/lib/seo/feed-routes';

export const revalidate = 30;

export function GET() {
  return siteFeed('atom');
}
