import { expect, test, type APIRequestContext } from '@playwright/test';
import { absolute, authors, baseUrl, plain, publishedAt, sections, shownHeadline, testNow, type FileArticle } from '../testing/content-files';
import { at, list, parseXml, text } from '../testing/xml';

// What the server writes does not depend on the device: checked once, in the desktop project.
// Expectations come from the content files and the suite's clock (MASTHEAD_NOW), not from the site's code.

// The sitemaps.org protocol's rules that a parser can check: namespaces,
// required elements, at most 50,000 entries, W3C Datetime lastmods, absolute
// URLs on this site.
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Fetches a URL the server printed (on SITE_URL's origin) from the server under test. */
async function fetchXml(request: APIRequestContext, url: string) {
  expect(url.startsWith(`${baseUrl}/`), url).toBe(true);
  const response = await request.get(new URL(url).pathname);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toMatch(/^application\/xml; charset=utf-8$/);
  return parseXml(await response.text());
}

function checkUrlset(doc: Record<string, unknown>) {
  expect(at(doc, 'urlset', '@_xmlns')).toBe(SITEMAP_NS);
  const urls = list(at(doc, 'urlset', 'url'));
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.length).toBeLessThanOrEqual(50_000);
  for (const url of urls) {
    expect(text(at(url, 'loc')).startsWith(`${baseUrl}/`)).toBe(true);
    const lastmod = at(url, 'lastmod');
    if (lastmod !== undefined) expect(text(lastmod)).toMatch(W3C_DATETIME);
  }
  return urls;
}

test('the sitemap index lists child sitemaps that together cover every published page', async ({ request }) => {
  const index = await fetchXml(request, absolute('/sitemap.xml'));
  expect(at(index, 'sitemapindex', '@_xmlns')).toBe(SITEMAP_NS);
  const children = list(at(index, 'sitemapindex', 'sitemap'));
  expect(children.length).toBeGreaterThanOrEqual(4);
  expect(children.length).toBeLessThanOrEqual(50_000);

  const locs: string[] = [];
  const images = new Map<string, string[]>();
  for (const child of children) {
    const loc = text(at(child, 'loc'));
    expect(loc).toMatch(/\/sitemaps\/[a-z]+(-\d+)?\.xml$/);
    expect(text(at(child, 'lastmod'))).toMatch(W3C_DATETIME);
    for (const url of checkUrlset(await fetchXml(request, loc))) {
      locs.push(text(at(url, 'loc')));
      images.set(text(at(url, 'loc')), list(at(url, 'image:image')).map((i) => text(at(i, 'image:loc'))));
    }
  }
  expect(new Set(locs).size, 'no URL is listed twice').toBe(locs.length);

  const articles = publishedAt();
  const tagSlugs = new Set(articles.flatMap((a) => a.tags.map((t) => t.slug)));
  const bylines = new Set(articles.flatMap((a) => a.authors.map((au) => au.id)));
  const expected = [
    ...articles.map((a) => absolute(a.path)),
    absolute('/'),
    ...sections.map((s) => absolute(`/${s.id}`)),
    ...[...tagSlugs].map((slug) => absolute(`/tags/${slug}`)),
    ...authors.filter((a) => bylines.has(a.id)).map((a) => absolute(`/authors/${a.id}`)),
  ];
  expect([...locs].sort()).toEqual([...expected].sort());
  for (const article of articles) {
    expect(images.get(absolute(article.path))).toEqual([absolute(article.image.src)]);
  }
});

test('article entries carry the article’s last modification as lastmod', async ({ request }) => {
  const doc = await fetchXml(request, absolute('/sitemaps/articles-1.xml'));
  const lastmods = new Map(list(at(doc, 'urlset', 'url')).map((u) => [text(at(u, 'loc')), text(at(u, 'lastmod'))]));
  const articles = publishedAt();
  expect(articles.some((a) => a.modifiedAt !== a.publishedAt), 'the sample has an updated or corrected story').toBe(true);
  for (const article of articles) expect(lastmods.get(absolute(article.path)), article.id).toBe(article.modifiedAt);
});

test('the news sitemap holds exactly the stories of the last 48 hours and the live blogs updated in them, correctly namespaced', async ({ request }) => {
  const doc = await fetchXml(request, absolute('/news-sitemap.xml'));
  expect(at(doc, 'urlset', '@_xmlns')).toBe(SITEMAP_NS);
  expect(at(doc, 'urlset', '@_xmlns:news')).toBe(NEWS_NS);
  const urls = list(at(doc, 'urlset', 'url'));
  const since = testNow().getTime() - 48 * 3_600_000;
  // A live blog stays news while its newest update is in the window, and is ranked by it.
  const freshAt = (a: FileArticle) => Date.parse(a.freshAt ?? a.publishedAt);
  const expected = publishedAt()
    .filter((a) => freshAt(a) > since)
    .sort((x, y) => freshAt(y) - freshAt(x));
  expect(expected.some((a) => a.freshAt), 'the sample live blog is still news at MASTHEAD_NOW').toBe(true);
  // The suite's clock stands inside the sample's news window, so the check has items to compare.
  expect(expected.length, 'stories in the window at MASTHEAD_NOW').toBeGreaterThanOrEqual(2);
  expect(urls.map((u) => text(at(u, 'loc')))).toEqual(expected.map((a) => absolute(a.path)));
  for (const [i, url] of urls.entries()) {
    const news = at(url, 'news:news');
    expect(text(at(news, 'news:publication', 'news:name'))).toBe('Masthead');
    expect(text(at(news, 'news:publication', 'news:language'))).toBe('en');
    expect(text(at(news, 'news:publication_date'))).toBe(expected[i]?.publishedAt);
    expect(plain(text(at(news, 'news:title')))).toBe(plain(expected[i] ? shownHeadline(expected[i]) : ''));
  }
});

test('robots.txt names both sitemaps', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n');
  expect(lines).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
  expect(lines).toContain(`Sitemap: ${absolute('/news-sitemap.xml')}`);
  expect(lines).toContain('Allow: /');
});

test('an unknown child sitemap answers 404', async ({ request }) => {
  for (const path of ['/sitemaps/articles-99.xml', '/sitemaps/nothing.xml']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
