import { countArticles, getAuthors, getSections, listLastModified, listSitemapEntries, listTags, sitemapPageDates } from '../content';
import type { SitemapSource } from './sitemap-plan';

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
