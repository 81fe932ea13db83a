import { now } from '@/lib/clock';
import { listArticles, listFreshLiveBlogs } from '@/lib/content';
import { xmlResponse } from '@/lib/seo/responses';
import { buildNewsSitemap, MAX_NEWS_URLS, NEWS_WINDOW_HOURS, selectNews } from '@/lib/seo/sitemaps';
import { articleUrl, languageCode } from '@/lib/seo/urls';
import { site } from '@/lib/site';

// The 48-hour window moves with the clock: this file is made on every request, never at build.
export const dynamic = 'force-dynamic';

export function GET() {
  const at = now();
  const since = new Date(at.getTime() - NEWS_WINDOW_HOURS * 3_600_000);
  // Stories first published in the window, and live blogs still being updated in it.
  const recent = [...listArticles({ since, limit: MAX_NEWS_URLS }), ...listFreshLiveBlogs(since, MAX_NEWS_URLS)];
  const candidates = [...new Map(recent.map((a) => [a.id, a])).values()].map((a) => ({
    loc: articleUrl(a),
    headline: a.headline,
    publishedAt: a.publishedAt,
    ...(a.live?.latestUpdateAt ? { freshAt: a.live.latestUpdateAt } : {}),
  }));
  return xmlResponse(buildNewsSitemap(selectNews(candidates, at), { name: site.name, language: languageCode() }));
}
