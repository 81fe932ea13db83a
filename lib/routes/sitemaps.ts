import { countArticles, getAuthors, getSections, listArticles, listFreshLiveBlogs, listLastModified, listSitemapEntries, listTags, sitemapPageDates } from '../content';
import { now } from '../site/clock';
import { site } from '../site/config';
import { buildNewsSitemap, MAX_NEWS_URLS, NEWS_WINDOW_HOURS, selectNews } from '../seo/sitemaps';
import { articleUrl, languageCode } from '../seo/urls';
import { xmlResponse } from './responses';
import type { SitemapSource } from '../seo/sitemap-plan';

/**
 * Sitemap data straight from the gateway, a file at a time. Every answer comes
 * from the published view, so whatever the gateway withholds (drafts,
 * embargoed stories) is withheld here too.
 */
export function gatewaySitemapSource(): SitemapSource {
  return {
    articleCount: () => countArticles(),
    articles: (offset, limit) => listSitemapEntries(offset, limit),
    articlePageDates: (size) => sitemapPageDates(size),
    newest: () => listLastModified('site').get(''),
    sections: () => {
      const dates = listLastModified('section');
      return getSections().map((section) => ({ section, lastmod: dates.get(section.id) }));
    },
    tags: () => {
      const dates = listLastModified('tag');
      return listTags()
        .map(({ tag }) => ({ tag, lastmod: dates.get(tag.slug) ?? '' }))
        .filter((t) => t.lastmod)
        .sort((a, b) => a.tag.slug.localeCompare(b.tag.slug));
    },
    authors: () => {
      const dates = listLastModified('author');
      return getAuthors().flatMap((author) => {
        const lastmod = dates.get(author.id);
        return lastmod ? [{ author, lastmod }] : [];
      });
    },
  };
}

/** The news sitemap now: stories first published in its window, and live blogs still being updated in it. */
export function newsSitemapResponse(): Response {
  const at = now();
  const since = new Date(at.getTime() - NEWS_WINDOW_HOURS * 3_600_000);
  const recent = [...listArticles({ since, limit: MAX_NEWS_URLS }), ...listFreshLiveBlogs(since, MAX_NEWS_URLS)];
  const candidates = [...new Map(recent.map((a) => [a.id, a])).values()].map((a) => ({
    loc: articleUrl(a),
    headline: a.headline,
    publishedAt: a.publishedAt,
    ...(a.live?.latestUpdateAt ? { freshAt: a.live.latestUpdateAt } : {}),
  }));
  return xmlResponse(buildNewsSitemap(selectNews(candidates, at), { name: site.name, language: languageCode() }));
}
