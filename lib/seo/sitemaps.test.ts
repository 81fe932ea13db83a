import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../site/config';
import { at, list, parseXml, text } from '../../testing/xml';
import { FIXTURE_NOW, fixtureIndex } from './fixtures/fixture-newsroom';
import type { ArticleSummary } from '../content';
import { modifiedAt } from '../content/published';
import { sitemapFiles, sitemapRefs, sitemapUrls, type SitemapSource } from './sitemap-plan';
import { buildNewsSitemap, buildSitemapIndex, buildUrlset, chunk, selectNews } from './sitemaps';
import { articleUrl, newestModified } from './urls';

// The protocols' own names and limits, written out: sitemaps.org, Google's image and news extensions.
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The fixture newsroom as the gateway would answer for sitemaps, a page at a time. */
function fixtureData(articles: ArticleSummary[] = fixtureIndex().articles): SitemapSource {
  const index = fixtureIndex();
  const tags = new Map(articles.flatMap((a) => a.tags.map((t) => [t.slug, t] as const)));
  return {
    articleCount: () => articles.length,
    articles: (offset, limit) => articles.slice(offset, offset + limit).map((a) => ({ path: a.path, lastmod: modifiedAt(a), image: a.image.src })),
    articlePageDates: (size) => chunk(articles, size).map((page) => newestModified(page) ?? ''),
    newest: () => newestModified(articles),
    sections: () => index.sections.map((section) => ({ section, lastmod: newestModified(articles.filter((a) => a.section.id === section.id)) })),
    tags: () =>
      [...tags.values()]
        .sort((a, b) => a.slug.localeCompare(b.slug))
        .map((tag) => ({ tag, lastmod: newestModified(articles.filter((a) => a.tags.some((t) => t.slug === tag.slug))) ?? '' })),
    authors: () =>
      index.authors.flatMap((author) => {
        const lastmod = newestModified(articles.filter((a) => a.authors.some((x) => x.id === author.id)));
        return lastmod ? [{ author, lastmod }] : [];
      }),
  };
}

/** Every child sitemap with its URLs. */
function planSitemaps(data: SitemapSource, perFile?: number) {
  return sitemapFiles(data, perFile).map((s) => ({ ...s, urls: sitemapUrls(data, s.file, perFile) ?? [] }));
}

describe('a urlset', () => {
  it('is namespaced, has a loc per url, W3C lastmods and image:image for hero images', () => {
    const plan = planSitemaps(fixtureData());
    const articles = plan.find((s) => s.file === 'articles-1.xml');
    expect(articles).toBeDefined();
    const doc = parseXml(buildUrlset(articles?.urls ?? []));
    expect(at(doc, 'urlset', '@_xmlns')).toBe(SITEMAP_NS);
    expect(at(doc, 'urlset', '@_xmlns:image')).toBe(IMAGE_NS);
    const urls = list(at(doc, 'urlset', 'url'));
    expect(urls).toHaveLength(fixtureIndex().articles.length);
    for (const url of urls) {
      expect(text(at(url, 'loc'))).toMatch(/^https?:\/\//);
      expect(text(at(url, 'lastmod'))).toMatch(W3C_DATETIME);
      expect(text(at(list(at(url, 'image:image'))[0], 'image:loc'))).toMatch(/^https?:\/\/.+\/images\/.+\.(?:png|jpe?g|webp|avif|svg)$/);
    }
    const edited = fixtureIndex().byId.get('inside-window');
    const entry = urls.find((u) => text(at(u, 'loc')) === (edited ? articleUrl(edited) : ''));
    expect(text(at(entry, 'lastmod'))).toBe('2021-11-08T12:30:00+00:00');
  });

  it('escapes text and refuses more than 50,000 URLs', () => {
    const doc = parseXml(buildUrlset([{ loc: 'https://example.org/a?b=1&c=<2>' }]));
    expect(text(at(list(at(doc, 'urlset', 'url'))[0], 'loc'))).toBe('https://example.org/a?b=1&c=<2>');
    const many = Array.from({ length: 50_001 }, (_, i) => ({ loc: `https://example.org/${i}` }));
    expect(() => buildUrlset(many)).toThrow(/at most 50000/);
    expect(() => buildUrlset(many.slice(1))).not.toThrow();
  });
});

describe('the sitemap plan', () => {
  it('splits articles into files of at most the limit, and lists every child in the index', () => {
    const data = fixtureData();
    const plan = planSitemaps(data, 3);
    const files = plan.map((s) => s.file);
    expect(files).toEqual(['articles-1.xml', 'articles-2.xml', 'sections.xml', 'tags.xml', 'authors.xml']);
    expect(plan[0]?.urls).toHaveLength(3);
    expect(plan[1]?.urls).toHaveLength(1);
    const all = plan.filter((s) => s.file.startsWith('articles-')).flatMap((s) => s.urls.map((u) => u.loc));
    expect(all).toEqual(fixtureIndex().articles.map(articleUrl));
    expect(sitemapUrls(data, 'articles-3.xml', 3)).toBeUndefined();
    expect(plan[1]?.lastmod).toBe(newestModified(fixtureIndex().articles.slice(3)));

    const doc = parseXml(buildSitemapIndex(sitemapRefs(plan)));
    expect(at(doc, 'sitemapindex', '@_xmlns')).toBe(SITEMAP_NS);
    const locs = list(at(doc, 'sitemapindex', 'sitemap')).map((s) => text(at(s, 'loc')));
    expect(locs).toEqual(files.map((f) => absoluteUrl(`/sitemaps/${f}`)));
  });

  it('puts 10,000 articles in a file unless told otherwise, so no request renders more', () => {
    const one = fixtureIndex().articles[0];
    if (!one) throw new Error('the fixture newsroom has articles');
    const archive = Array.from({ length: 25_000 }, () => one);
    const data = fixtureData(archive);
    expect(sitemapFiles(data).filter((s) => s.file.startsWith('articles-')).map((s) => s.file)).toEqual(['articles-1.xml', 'articles-2.xml', 'articles-3.xml']);
    expect(sitemapUrls(data, 'articles-1.xml')).toHaveLength(10_000);
    expect(sitemapUrls(data, 'articles-3.xml')).toHaveLength(5_000);
    expect(sitemapUrls(data, 'articles-4.xml')).toBeUndefined();
  });

  it('covers the front page, sections, tags and authors with their newest dates, and leaves out empty kinds', () => {
    const data = fixtureData();
    const plan = planSitemaps(data);
    const sections = plan.find((s) => s.file === 'sections.xml')?.urls ?? [];
    expect(sections.map((u) => u.loc)).toEqual([absoluteUrl('/'), absoluteUrl('/world'), absoluteUrl('/analysis')]);
    expect(sections[2]?.lastmod).toBe('2021-11-06T08:00:00+00:00');
    const tags = plan.find((s) => s.file === 'tags.xml')?.urls ?? [];
    expect(tags.map((u) => u.loc).sort()).toEqual([absoluteUrl('/tags/iraq'), absoluteUrl('/tags/tags-such')]);
    const authors = plan.find((s) => s.file === 'authors.xml')?.urls ?? [];
    expect(authors.map((u) => u.loc)).toEqual([absoluteUrl('/authors/world-desk'), absoluteUrl('/authors/newsroom')]);

    const bare = planSitemaps(fixtureData([]));
    expect(bare.map((s) => s.file)).toEqual(['sections.xml']);
  });

  it('never lists a former path', () => {
    const locs = planSitemaps(fixtureData()).flatMap((s) => s.urls.map((u) => u.loc));
    expect(locs).not.toContain(absoluteUrl('/analysis/2021/11/07/edge-of-window'));
  });

  it('chunks exactly', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow();
  });
});

describe('the Google News sitemap', () => {
  const candidates = () => fixtureIndex().articles.map((a) => ({ loc: articleUrl(a), headline: a.headline, publishedAt: a.publishedAt, id: a.id }));

  it('takes only stories first published in the 48 hours before the clock', () => {
    const picked = selectNews(candidates(), FIXTURE_NOW).map((a) => a.id);
    expect(picked).toEqual(['inside-window', 'edge-of-window']);
    // An hour later the edge story has aged out.
    const later = selectNews(candidates(), new Date(FIXTURE_NOW.getTime() + 3_600_000)).map((a) => a.id);
    expect(later).toEqual(['after-clock', 'inside-window']);
  });

  it('keeps a live blog while its newest update is inside the window, dated by its start, ranked by that update', () => {
    const hour = 3_600_000;
    const at = (hours: number) => new Date(FIXTURE_NOW.getTime() - hours * hour).toISOString();
    const blog = { loc: 'https://example.org/live', headline: 'Live', publishedAt: at(72), id: 'live' };
    const story = { loc: 'https://example.org/story', headline: 'Story', publishedAt: at(2), id: 'story' };
    expect(selectNews([story, { ...blog, freshAt: at(1) }], FIXTURE_NOW).map((a) => a.id)).toEqual(['live', 'story']);
    expect(selectNews([story, { ...blog, freshAt: at(49) }], FIXTURE_NOW).map((a) => a.id)).toEqual(['story']);
    expect(selectNews([story, blog], FIXTURE_NOW).map((a) => a.id)).toEqual(['story']);
  });

  it('stops at 1,000 stories, newest first', () => {
    const many = Array.from({ length: 1_200 }, (_, i) => ({
      loc: `https://example.org/${i}`,
      headline: `Story ${i}`,
      publishedAt: new Date(FIXTURE_NOW.getTime() - i * 60_000).toISOString(),
    }));
    const picked = selectNews(many, FIXTURE_NOW);
    expect(picked).toHaveLength(1_000);
    expect(picked[0]?.headline).toBe('Story 0');
    expect(() => buildNewsSitemap(many, { name: 'X', language: 'en' })).toThrow(/at most 1000/);
  });

  it('is namespaced and escaped, with publication, date and title', () => {
    const xml = buildNewsSitemap(selectNews(candidates(), FIXTURE_NOW), { name: 'Masthead & Co', language: 'en' });
    const doc = parseXml(xml);
    expect(at(doc, 'urlset', '@_xmlns')).toBe(SITEMAP_NS);
    expect(at(doc, 'urlset', '@_xmlns:news')).toBe(NEWS_NS);
    const urls = list(at(doc, 'urlset', 'url'));
    expect(urls).toHaveLength(2);
    const first = at(urls[0], 'news:news');
    expect(text(at(first, 'news:publication', 'news:name'))).toBe('Masthead & Co');
    expect(text(at(first, 'news:publication', 'news:language'))).toBe('en');
    expect(text(at(first, 'news:publication_date'))).toBe('2021-11-08T09:00:00+00:00');
    expect(text(at(first, 'news:title'))).toBe('Officials call </script><script>alert(1)</script> harmless & move on');
    expect(xml).not.toContain('</script>');
  });

  it('is a well-formed, empty urlset when nothing is recent', () => {
    const doc = parseXml(buildNewsSitemap([], { name: 'Masthead', language: 'en' }));
    expect(at(doc, 'urlset', '@_xmlns:news')).toBe(NEWS_NS);
    expect(list(at(doc, 'urlset', 'url'))).toEqual([]);
  });
});
