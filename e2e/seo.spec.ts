import { expect, test, type Page } from '@playwright/test';
import { absolute, allArticles, article as fileArticle, plain, publishedAt, sections } from '../testing/content-files';
import { at, list, parseXml, text } from '../testing/xml';

// What the server writes does not depend on the device: checked once, in the desktop project.
// Expectations come from the content files at the suite's clock, or are literal.

const SITE_NAME = 'Masthead';

type Ld = Record<string, unknown>;

async function jsonLd(page: Page): Promise<Ld[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((b) => {
    const parsed: unknown = JSON.parse(b);
    return list(parsed).filter((x): x is Ld => typeof x === 'object' && x !== null);
  });
}

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
const canonical = (page: Page) => page.locator('head link[rel="canonical"]').getAttribute('href');

test('every article’s canonical, og:url, JSON-LD, sitemap entry and feed links are one URL', async ({ page, request }) => {
  const articles = publishedAt();
  test.setTimeout(30_000 + articles.length * 10_000);
  expect(articles.length).toBeGreaterThan(0);

  const sitemapLocs = new Set<string>();
  const index = parseXml(await (await request.get('/sitemap.xml')).text());
  for (const child of list(at(index, 'sitemapindex', 'sitemap'))) {
    const doc = parseXml(await (await request.get(new URL(text(at(child, 'loc'))).pathname)).text());
    for (const url of list(at(doc, 'urlset', 'url'))) sitemapLocs.add(text(at(url, 'loc')));
  }
  const rss = parseXml(await (await request.get('/feed.xml')).text());
  const rssLinks = new Set(list(at(rss, 'rss', 'channel', 'item')).map((i) => text(at(i, 'link'))));
  const atom = parseXml(await (await request.get('/atom.xml')).text());
  const atomLinks = new Set(list(at(atom, 'feed', 'entry')).map((e) => String(at(list(at(e, 'link'))[0], '@_href'))));
  const json: unknown = await (await request.get('/feed.json')).json();
  const jsonLinks = new Set(list(at(json, 'items')).map((i) => String(at(i, 'url'))));
  const inFeeds = new Set(articles.slice(0, 50).map((a) => a.id));

  for (const article of articles) {
    const url = absolute(article.path);
    const response = await page.goto(article.path, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), article.path).toBe(200);
    expect(await canonical(page), article.path).toBe(url);
    await expect(meta(page, 'og:url')).toHaveAttribute('content', url);
    // A live blog describes itself as a LiveBlogPosting, an article as a NewsArticle.
    const ld = (await jsonLd(page)).find((x) => x['@type'] === 'NewsArticle' || x['@type'] === 'LiveBlogPosting');
    expect(at(ld, 'mainEntityOfPage', '@id'), article.path).toBe(url);
    expect(sitemapLocs.has(url), `${url} in the sitemap`).toBe(true);
    if (inFeeds.has(article.id)) {
      expect(rssLinks.has(url), `${url} in RSS`).toBe(true);
      expect(atomLinks.has(url), `${url} in Atom`).toBe(true);
      expect(jsonLinks.has(url), `${url} in JSON Feed`).toBe(true);
    }
  }
  // Every article URL in any output is a published story's: a draft or a scheduled one
  // (both in the sample: see unpublished.spec.ts) would not be in this list.
  const published = new Set(articles.map((a) => absolute(a.path)));
  expect(published.size, 'some stories are unpublished at the suite’s clock').toBeLessThan(allArticles.length);
  const articleShaped = (u: string) => /^\/[^/]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+$/.test(new URL(u).pathname);
  for (const u of [...sitemapLocs, ...rssLinks, ...atomLinks, ...jsonLinks].filter(articleShaped)) {
    expect(published.has(u), `${u} is published`).toBe(true);
  }
});

test('an article page has the title template, description, social tags and a large-image robots directive', async ({ page }) => {
  // The seed story: updated the same evening, with two desks in its byline and five tags.
  const article = fileArticle('kadhimi-survives-drone-attack');
  expect(article.updatedAt).toBe('2021-11-07T18:40:00+03:00');
  const content = (key: string) => meta(page, key).getAttribute('content').then((v) => plain(v ?? ''));
  await page.goto(article.path, { waitUntil: 'domcontentloaded' });
  expect(plain(await page.title())).toBe(`${plain(article.headline)} · ${SITE_NAME}`);
  expect(await content('description')).toBe(plain(article.standfirst));
  await expect(meta(page, 'robots')).toHaveAttribute('content', /max-image-preview:large/);
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
  await expect(meta(page, 'article:published_time')).toHaveAttribute('content', article.publishedAt);
  await expect(meta(page, 'article:modified_time')).toHaveAttribute('content', article.updatedAt ?? '');
  await expect(meta(page, 'article:section')).toHaveAttribute('content', article.section.name);
  await expect(meta(page, 'article:tag')).toHaveCount(5);
  await expect(meta(page, 'article:author')).toHaveCount(2);
  await expect(meta(page, 'og:image:width')).toHaveAttribute('content', '1200');
  await expect(meta(page, 'og:image:height')).toHaveAttribute('content', '630');
  expect(await content('og:image:alt')).toBe(plain(article.headline));
  await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');

  const ld = (await jsonLd(page)).find((x) => x['@type'] === 'NewsArticle');
  expect(plain(String(at(ld, 'headline')))).toBe(plain(article.headline));
  expect(plain(String(at(ld, 'description')))).toBe(plain(article.standfirst));
  expect(ld).toMatchObject({
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    articleSection: article.section.name,
    inLanguage: 'en-GB',
    isAccessibleForFree: true,
    publisher: { '@type': 'NewsMediaOrganization', name: SITE_NAME },
  });
  expect(list(at(ld, 'author')).map((a) => at(a, 'url'))).toEqual([absolute('/authors/middle-east-desk'), absolute('/authors/newsroom')]);
  const crumbs = (await jsonLd(page)).find((x) => x['@type'] === 'BreadcrumbList');
  expect(list(at(crumbs, 'itemListElement')).map((c) => at(c, 'item'))).toEqual([
    absolute('/'),
    absolute('/middle-east'),
    absolute('/middle-east/2021/11/07/kadhimi-survives-drone-attack'),
  ]);
});

test('an unknown page is not indexed', async ({ page }) => {
  const response = await page.goto('/no-such-section', { waitUntil: 'domcontentloaded' });
  expect(response?.status()).toBe(404);
  await expect(meta(page, 'robots')).toHaveAttribute('content', /noindex/);
  await expect(meta(page, 'robots')).toHaveCount(1);
});

test('the front page describes the site and its publisher', async ({ page }) => {
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  // Next writes the root without its slash; both spell the same URL.
  expect(new URL(await canonical(page) ?? '').href).toBe(absolute('/'));
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'website');
  const graph = list(at((await jsonLd(page))[0], '@graph'));
  expect(graph.map((g) => at(g, '@type'))).toEqual(['WebSite', 'NewsMediaOrganization']);
  const logo = String(at(graph[1], 'logo', 'url'));
  const image = await page.request.get(new URL(logo).pathname);
  expect(image.headers()['content-type']).toBe('image/png');
});

test('a section front has its canonical, its title and breadcrumbs', async ({ page }) => {
  expect(sections.map((s) => s.name)).toEqual(['Middle East', 'World', 'Analysis']);
  for (const section of sections) {
    await page.goto(`/${section.id}`, { waitUntil: 'domcontentloaded' });
    await expect(page).toHaveTitle(`${section.name} · ${SITE_NAME}`);
    expect(await canonical(page)).toBe(absolute(`/${section.id}`));
    const crumbs = (await jsonLd(page)).find((x) => x['@type'] === 'BreadcrumbList');
    expect(list(at(crumbs, 'itemListElement')).map((c) => at(c, 'name'))).toEqual([SITE_NAME, section.name]);
  }
});

test('share images are 1200×630 PNGs drawn for every article', async ({ page, request }) => {
  test.setTimeout(30_000 + publishedAt().length * 10_000);
  for (const article of publishedAt()) {
    await page.goto(article.path, { waitUntil: 'domcontentloaded' });
    const src = await meta(page, 'og:image').getAttribute('content');
    const response = await request.get(new URL(src ?? '').pathname);
    expect(response.status(), src ?? '').toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  expect((await request.get('/og/articles/no-such-story.png')).status()).toBe(404);
});

test('a former article URL answers 308 to the current one', async ({ request, page }) => {
  const moved = fileArticle('world-condemns-attack-on-kadhimi');
  expect(moved.redirectFrom).toEqual(['/middle-east/2021/11/08/world-condemns-attack-on-kadhimi']);
  for (const former of moved.redirectFrom) {
    const response = await request.get(former, { maxRedirects: 0 });
    expect(response.status(), former).toBe(308);
    const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
    expect(locations.map((h) => new URL(h.value, 'http://x').pathname), 'exactly one Location').toEqual(['/world/2021/11/08/world-condemns-attack-on-kadhimi']);
    await page.goto(former);
    expect(plain(await page.getByRole('heading', { level: 1 }).innerText())).toBe(plain(moved.headline));
  }
});

test('one trailing-slash policy: every address with a trailing slash answers 308 to the one without', async ({ request }) => {
  const article = publishedAt()[0];
  const section = sections[0];
  for (const path of [`${article?.path}/`, `/${section?.id}/`, '/feed.xml/', '/sitemap.xml/', `/${section?.id}/atom.xml/`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(path.slice(0, -1));
  }
});
