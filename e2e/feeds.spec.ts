import { expect, test } from '@playwright/test';
import { absolute, plain, publishedAt, sections, shownHeadline, type FileArticle } from '../testing/content-files';
import { at, jsonFeed, list, parseXml, text } from '../testing/xml';

// What the server writes does not depend on the device: checked once, in the desktop project.
// Expectations come from the content files at the suite's clock, not from the site's code.

/** A feed holds the latest 50 stories. */
const FEED_LENGTH = 50;

const channels: { name: string; prefix: string; articles: () => FileArticle[] }[] = [
  { name: 'the site', prefix: '', articles: () => publishedAt().slice(0, FEED_LENGTH) },
  ...sections.map((s) => ({
    name: `the ${s.name} section`,
    prefix: `/${s.id}`,
    articles: () => publishedAt().filter((a) => a.section.id === s.id).slice(0, FEED_LENGTH),
  })),
];

for (const channel of channels) {
  test(`the RSS, Atom and JSON feeds of ${channel.name} list its latest stories`, async ({ request }) => {
    const articles = channel.articles();
    expect(articles.length, 'the channel has stories to compare').toBeGreaterThan(0);
    const links = articles.map((a) => absolute(a.path));

    const rss = await request.get(`${channel.prefix}/feed.xml`);
    expect(rss.status()).toBe(200);
    expect(rss.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
    const rssDoc = parseXml(await rss.text());
    expect(at(rssDoc, 'rss', '@_version')).toBe('2.0');
    const items = list(at(rssDoc, 'rss', 'channel', 'item'));
    expect(items.map((i) => text(at(i, 'link')))).toEqual(links);
    for (const [i, item] of items.entries()) {
      const article = articles[i];
      expect(text(at(item, 'dc:creator'))).toBe(article?.authors.map((a) => a.name).join(', '));
      expect(new Date(text(at(item, 'pubDate'))).getTime()).toBe(Date.parse(article?.publishedAt ?? ''));
      expect(list(at(item, 'category')).map(text)).toEqual([article?.section.name, ...(article?.tags.map((t) => t.name) ?? [])]);
      expect(at(item, 'enclosure', '@_url')).toBe(absolute(article?.image.src ?? ''));
    }

    const atom = await request.get(`${channel.prefix}/atom.xml`);
    expect(atom.status()).toBe(200);
    expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const atomDoc = parseXml(await atom.text());
    expect(at(atomDoc, 'feed', '@_xmlns')).toBe('http://www.w3.org/2005/Atom');
    const entries = list(at(atomDoc, 'feed', 'entry'));
    expect(entries.map((e) => at(list(at(e, 'link'))[0], '@_href'))).toEqual(links);
    for (const [i, entry] of entries.entries()) {
      expect(list(at(entry, 'author')).map((a) => text(at(a, 'name')))).toEqual(articles[i]?.authors.map((a) => a.name));
    }

    const json = await request.get(`${channel.prefix}/feed.json`);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = jsonFeed.parse(await json.json());
    expect(feed.feed_url).toBe(absolute(`${channel.prefix}/feed.json`));
    expect(feed.items.map((i) => i.url)).toEqual(links);
    expect(feed.items.map((i) => plain(i.title))).toEqual(articles.map((a) => plain(shownHeadline(a))));
    expect(feed.items.map((i) => plain(i.summary))).toEqual(articles.map((a) => plain(a.standfirst)));
  });
}

test('every page advertises the feeds in its head, and each advertised feed answers', async ({ page, request }) => {
  const section = sections[0];
  const article = publishedAt()[0];
  for (const [url, own] of [['/', ''], [`/${section?.id}`, `/${section?.id}`], [article?.path ?? '/', `/${article?.section.id}`]] as const) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const hrefs = await page
      .locator('head link[rel="alternate"][type$="xml"], head link[rel="alternate"][type="application/feed+json"]')
      .evaluateAll((links) => links.map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`));
    for (const [type, file] of [['application/rss+xml', 'feed.xml'], ['application/atom+xml', 'atom.xml'], ['application/feed+json', 'feed.json']]) {
      expect(hrefs, url).toContain(`${type} ${absolute(`/${file}`)}`);
      if (own) expect(hrefs, url).toContain(`${type} ${absolute(`${own}/${file}`)}`);
    }
    for (const entry of hrefs) {
      const href = entry.split(' ')[1] ?? '';
      expect((await request.get(new URL(href).pathname)).status(), href).toBe(200);
    }
  }
});

test('an unknown section has no feeds', async ({ request }) => {
  for (const file of ['feed.xml', 'atom.xml', 'feed.json']) {
    expect((await request.get(`/no-such-section/${file}`)).status(), file).toBe(404);
  }
});
