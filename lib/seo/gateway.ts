import { getIndex, getSections, listArticles } from '../content';
import type { SitemapData } from './sitemap-plan';

/**
 * Sitemap data straight from the gateway. Every list goes through
 * `listArticles`, so whatever the gateway withholds (drafts, embargoed
 * stories) is withheld here too.
 */
export function gatewaySitemapData(): SitemapData {
  const index = getIndex();
  return {
    articles: listArticles(),
    sections: getSections().map((section) => ({ section, articles: listArticles({ section: section.id }) })),
    tags: [...index.tags.values()]
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map((tag) => ({ tag, articles: listArticles({ tag: tag.slug }) })),
    authors: index.authors.map((author) => ({ author, articles: listArticles({ author: author.id }) })),
  };
}
