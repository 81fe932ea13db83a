import { now } from '@/lib/clock';
import { listArticles } from '@/lib/content';
import { xmlResponse } from '@/lib/seo/responses';
import { buildNewsSitemap, MAX_NEWS_URLS, NEWS_WINDOW_HOURS, selectNews } from '@/lib/seo/sitemaps';
import { articleUrl, languageCode } from '@/lib/seo/urls';
import { site } from '@/lib/site';

// The 48-hour window moves with the clock: this file is made on every request, never at build.
export const dynamic = 'force-dynamic';

export function GET() {
  const at = now();
  const recent = listArticles({ since: new Date(at.getTime() - NEWS_WINDOW_HOURS * 3_600_000), limit: MAX_NEWS_URLS });
  const candidates = recent.map((a) => ({ loc: articleUrl(a), headline: a.headline, publishedAt: a.publishedAt }));
  return xmlResponse(buildNewsSitemap(selectNews(candidates, at), { name: site.name, language: languageCode() }));
}
