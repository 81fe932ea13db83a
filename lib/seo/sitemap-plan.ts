import type { Author, Section, SitemapEntry, Tag } from '../content';
import { ARTICLES_PER_SITEMAP, chunk, MAX_URLS_PER_SITEMAP, type SitemapRef, type SitemapUrl } from './sitemaps';
import { articleUrl, authorUrl, childSitemapUrl, homeUrl, imageUrl, newestModified, sectionUrl, tagUrl } from './urls';

/**
 * What the sitemaps are made of, asked for a file at a time: an archive of any
 * size is never listed whole for one request. The gateway supplies it (see
 * `gatewaySitemapSource`); everything in it is published.
 */
export interface SitemapSource {
  articleCount(): number;
  /** Articles newest first, `limit` of them from `offset`. */
  articles(offset: number, limit: number): readonly SitemapEntry[];
  /** The newest lastmod in each run of `size` articles, newest first. */
  articlePageDates(size: number): readonly string[];
  /** The newest lastmod of all articles: the front page's. */
  newest(): string | undefined;
  /** Every section, with the newest lastmod of its stories when it has any. */
  sections(): readonly { section: Section; lastmod?: string }[];
  /** Tags and authors with at least one story (their pages would be empty otherwise), tags by slug. */
  tags(): readonly { tag: Tag; lastmod: string }[];
  authors(): readonly { author: Author; lastmod: string }[];
}

export interface ChildSitemap {
  /** File name under /sitemaps/, e.g. "articles-1.xml". */
  file: string;
  lastmod?: string;
}

function articleSitemapUrl(article: SitemapEntry): SitemapUrl {
  return { loc: articleUrl(article), lastmod: article.lastmod, images: [imageUrl(article.image)] };
}

function listUrls(source: SitemapSource): { tags: SitemapUrl[]; authors: SitemapUrl[] } {
  return {
    tags: source.tags().map((t) => ({ loc: tagUrl(t.tag.slug), lastmod: t.lastmod })),
    authors: source.authors().map((a) => ({ loc: authorUrl(a.author.id), lastmod: a.lastmod })),
  };
}

/** "tags.xml", "tags-2.xml", …: the files a list of URLs fills. */
function listFiles(name: string, urls: SitemapUrl[]): { file: string; urls: SitemapUrl[] }[] {
  return chunk(urls, MAX_URLS_PER_SITEMAP).map((page, i) => ({ file: i === 0 ? `${name}.xml` : `${name}-${i + 1}.xml`, urls: page }));
}

/**
 * Every child sitemap of the index. Articles are split into files of at most
 * `perFile` URLs; a kind with nothing in it gets no file, because the schema
 * wants at least one `<url>` in a `<urlset>`.
 */
export function sitemapFiles(source: SitemapSource, perFile: number = ARTICLES_PER_SITEMAP): ChildSitemap[] {
  const size = Math.min(perFile, MAX_URLS_PER_SITEMAP);
  const out: ChildSitemap[] = source.articlePageDates(size).map((lastmod, i) => ({ file: `articles-${i + 1}.xml`, lastmod }));
  out.push({ file: 'sections.xml', lastmod: source.newest() });
  const lists = listUrls(source);
  for (const [name, urls] of Object.entries(lists)) {
    for (const page of listFiles(name, urls)) out.push({ file: page.file, lastmod: latest(page.urls.map((u) => u.lastmod)) });
  }
  return out;
}

/** The URLs of one child sitemap; undefined when there is no such file. */
export function sitemapUrls(source: SitemapSource, file: string, perFile: number = ARTICLES_PER_SITEMAP): SitemapUrl[] | undefined {
  const size = Math.min(perFile, MAX_URLS_PER_SITEMAP);
  const page = /^articles-([1-9]\d{0,8})\.xml$/.exec(file)?.[1];
  if (page !== undefined) {
    const offset = (Number(page) - 1) * size;
    return offset < source.articleCount() ? source.articles(offset, size).map(articleSitemapUrl) : undefined;
  }
  if (file === 'sections.xml') {
    return [{ loc: homeUrl(), lastmod: source.newest() }, ...source.sections().map((s) => ({ loc: sectionUrl(s.section.id), lastmod: s.lastmod }))];
  }
  const lists = listUrls(source);
  for (const [name, urls] of Object.entries(lists)) {
    const found = listFiles(name, urls).find((p) => p.file === file);
    if (found) return found.urls;
  }
  return undefined;
}

function latest(dates: (string | undefined)[]): string | undefined {
  return newestModified(dates.filter((d): d is string => d !== undefined).map((publishedAt) => ({ publishedAt, corrections: [] })));
}

export function sitemapRefs(plan: readonly ChildSitemap[]): SitemapRef[] {
  return plan.map((s) => ({ loc: childSitemapUrl(s.file), lastmod: s.lastmod }));
}
