import { expect, test, type APIRequestContext } from '@playwright/test';
import { now } from '../lib/clock';
import { getAuthors, getSections, listArticles, listTags } from '../lib/content';
import { modifiedAt } from '../lib/content/published';
import { at, list, parseXml, text } from '../lib/seo/fixtures';
import { selectNews } from '../lib/seo/sitemaps';
import { absoluteUrl, site } from '../lib/site';

// What the server writes does not depend on the device: checked once, in the desktop project.

// The sitemaps.org protocol's rules that a parser can check: namespaces,
// required elements, at most 50,000 entries, W3C Datetime lastmods, absolute
// URLs on this site.
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Fetches a URL the server printed (on SITE_URL's origin) from the server under test. */
async function fetchXml(request: APIRequestContext, url: string) {
  expect(url.startsWith(`${site.baseUrl}/`), url).toBe(true);
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
    expect(text(at(url, 'loc')).startsWith(`${site.baseUrl}/`)).toBe(true);
    const lastmod = at(url, 'lastmod');
    if (lastmod !== undefined) expect(text(lastmod)).toMatch(W3C_DATETIME);
  }
  return urls;
}

test('the sitemap index lists child sitemaps that together cover every published page', async ({ request }) => {
  const index = await fetchXml(request, absoluteUrl('/sitemap.xml'));
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

  const articles = listArticles();
  const expected = [
    ...articles.map((a) => absoluteUrl(a.path)),
    absoluteUrl('/'),
    ...getSections().map((s) => absoluteUrl(`/${s.id}`)),
    ...listTags().map(({ tag }) => absoluteUrl(`/tags/${tag.slug}`)),
    ...getAuthors().filter((a) => listArticles({ author: a.id }).length).map((a) => absoluteUrl(`/authors/${a.id}`)),
  ];
  expect([...locs].sort()).toEqual([...expected].sort());
  for (const article of articles) {
    expect(images.get(absoluteUrl(article.path))).toEqual([absoluteUrl(article.image.src)]);
  }
});

test('article entries carry the article’s last modification as lastmod', async ({ request }) => {
  const doc = await fetchXml(request, absoluteUrl('/sitemaps/articles-1.xml'));
  const lastmods = new Map(list(at(doc, 'urlset', 'url')).map((u) => [text(at(u, 'loc')), text(at(u, 'lastmod'))]));
  for (const article of listArticles().slice(0, 50_000)) {
    expect(lastmods.get(absoluteUrl(article.path))).toBe(modifiedAt(article));
  }
});

test('the news sitemap holds exactly the stories of the last 48 hours, correctly namespaced', async ({ request }) => {
  const doc = await fetchXml(request, absoluteUrl('/news-sitemap.xml'));
  expect(at(doc, 'urlset', '@_xmlns')).toBe(SITEMAP_NS);
  expect(at(doc, 'urlset', '@_xmlns:news')).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  const urls = list(at(doc, 'urlset', 'url'));
  // The server and this test read the same clock (MASTHEAD_NOW when set), so they agree on the window.
  const expected = selectNews(
    listArticles().map((a) => ({ loc: absoluteUrl(a.path), headline: a.headline, publishedAt: a.publishedAt })),
    now(),
  );
  expect(urls.map((u) => text(at(u, 'loc')))).toEqual(expected.map((e) => e.loc));
  for (const [i, url] of urls.entries()) {
    const news = at(url, 'news:news');
    expect(text(at(news, 'news:publication', 'news:name'))).toBe(site.name);
    expect(text(at(news, 'news:publication', 'news:language'))).toBe('en');
    expect(text(at(news, 'news:publication_date'))).toBe(expected[i]?.publishedAt);
    expect(text(at(news, 'news:title'))).toBe(expected[i]?.headline);
  }
});

test('robots.txt names both sitemaps', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n');
  expect(lines).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
  expect(lines).toContain(`Sitemap: ${absoluteUrl('/news-sitemap.xml')}`);
  expect(lines).toContain('Allow: /');
});

test('an unknown child sitemap answers 404', async ({ request }) => {
  for (const path of ['/sitemaps/articles-99.xml', '/sitemaps/nothing.xml']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
