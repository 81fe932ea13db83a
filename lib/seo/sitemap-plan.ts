import type { ArticleSummary, Author, Section, Tag } from '../content';
import { chunk, MAX_URLS_PER_SITEMAP, type SitemapRef, type SitemapUrl } from './sitemaps';
import { articleUrl, authorUrl, childSitemapUrl, homeUrl, imageUrl, modifiedAt, newestModified, sectionUrl, tagUrl } from './urls';

/** What the sitemaps are made of; the gateway supplies it (see `gatewaySitemapData`). */
export interface SitemapData {
  /** Published articles, newest first. */
  articles: readonly ArticleSummary[];
  sections: readonly { section: Section; articles: readonly ArticleSummary[] }[];
  tags: readonly { tag: Tag; articles: readonly ArticleSummary[] }[];
  authors: readonly { author: Author; articles: readonly ArticleSummary[] }[];
}

export interface ChildSitemap {
  /** File name under /sitemaps/, e.g. "articles-1.xml". */
  file: string;
  lastmod?: string;
  urls: SitemapUrl[];
}

export function articleSitemapUrl(article: ArticleSummary): SitemapUrl {
  return { loc: articleUrl(article), lastmod: modifiedAt(article), images: [imageUrl(article.image.src)] };
}

/**
 * Every child sitemap of the index. Articles are split into files of at most
 * `perFile` URLs; a kind with nothing in it gets no file, because the schema
 * wants at least one `<url>` in a `<urlset>`. Tags and authors with no
 * published story are left out: their pages would be empty.
 */
export function planSitemaps(data: SitemapData, perFile: number = MAX_URLS_PER_SITEMAP): ChildSitemap[] {
  const out: ChildSitemap[] = [];
  chunk(data.articles, Math.min(perFile, MAX_URLS_PER_SITEMAP)).forEach((page, i) => {
    out.push({ file: `articles-${i + 1}.xml`, lastmod: newestModified(page), urls: page.map(articleSitemapUrl) });
  });
  const fronts: SitemapUrl[] = [
    { loc: homeUrl(), lastmod: newestModified(data.articles) },
    ...data.sections.map((s) => ({ loc: sectionUrl(s.section.id), lastmod: newestModified(s.articles) })),
  ];
  out.push({ file: 'sections.xml', lastmod: newestModified(data.articles), urls: fronts });
  const lists: [string, SitemapUrl[]][] = [
    ['tags.xml', data.tags.filter((t) => t.articles.length).map((t) => ({ loc: tagUrl(t.tag.slug), lastmod: newestModified(t.articles) }))],
    ['authors.xml', data.authors.filter((a) => a.articles.length).map((a) => ({ loc: authorUrl(a.author.id), lastmod: newestModified(a.articles) }))],
  ];
  for (const [file, urls] of lists) {
    for (const [i, page] of chunk(urls, MAX_URLS_PER_SITEMAP).entries()) {
      out.push({ file: i === 0 ? file : file.replace('.xml', `-${i + 1}.xml`), lastmod: latest(page.map((u) => u.lastmod)), urls: page });
    }
  }
  return out;
}

function latest(dates: (string | undefined)[]): string | undefined {
  return newestModified(dates.filter((d): d is string => d !== undefined).map((publishedAt) => ({ publishedAt, corrections: [] })));
}

export function sitemapRefs(plan: readonly ChildSitemap[]): SitemapRef[] {
  return plan.map((s) => ({ loc: childSitemapUrl(s.file), lastmod: s.lastmod }));
}
