import { newsSitemapResponse } from '@/lib/routes/sitemaps';

// The 48-hour window moves with the clock: this file is made on every request, never at build.
export const dynamic = 'force-dynamic';

export function GET() {
  return newsSitemapResponse();
}
