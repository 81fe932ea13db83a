import { siteCard } from '@/lib/seo/og-routes';

// Drawn once at build.
export const dynamic = 'force-static';

export function GET() {
  return siteCard();
}
