import { now } from '@/lib/clock';
import { listArticles } from '@/lib/content';
import { xmlResponse } from '@/lib/seo/responses';
import { buildNewsSitemap, selectNews } from '@/lib/seo/sitemaps';
import { articleUrl, languageCode } from '@/lib/seo/urls';
import { site } from '@/lib/site';

// The 48-hour window moves with the clock: this file is made on every request, never at build.
export const dynamic = 'force-dynamic';

export function GET() {
  const candidates = listArticles().map((a) => ({ loc: articleUrl(a), headline: a.headline, publishedAt: a.publishedAt }));
  return xmlResponse(buildNewsSitemap(selectNews(candidates, now()), { name: site.name, language: languageCode() }));
}
