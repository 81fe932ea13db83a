import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../content';
import { absoluteUrl } from '../site/config';
import { at, jsonFeed, list, parseXml, text } from '../../testing/xml';
import { FIXTURE_NOW, fixtureIndex } from './fixtures/fixture-newsroom';
import { articleGuid, buildFeed, FEED_CONTENT_TYPES, sectionChannel, siteChannel } from './feeds';
import { articleUrl } from './urls';

const articles = () => fixtureIndex().articles;
const hostile = () => articles().find((a) => a.id === 'inside-window');

describe('the RSS 2.0 feed', () => {
  it('lists every story with link, guid, date, standfirst, authors, categories and image', () => {
    const doc = parseXml(buildFeed('rss', siteChannel(), articles(), FIXTURE_NOW));
    expect(at(doc, 'rss', '@_version')).toBe('2.0');
    expect(at(doc, 'rss', '@_xmlns:dc')).toBe('http://purl.org/dc/elements/1.1/');
    expect(text(at(doc, 'rss', 'channel', 'link'))).toBe(absoluteUrl('/'));
    expect(at(doc, 'rss', 'channel', 'atom:link', '@_href')).toBe(absoluteUrl('/feed.xml'));
    const items = list(at(doc, 'rss', 'channel', 'item'));
    expect(items.map((i) => text(at(i, 'link')))).toEqual(articles().map(articleUrl));
    const first = items.find((i) => text(at(i, 'link')) === articleUrl(hostile() ?? articles()[0]!));
    // The formats say these elements hold HTML, so the text is escaped once more inside CDATA.
    expect(text(at(first, 'title'))).toBe('Officials call &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; harmless &amp; move on');
    expect(text(at(first, 'description'))).toContain(']]&gt; marker ]]&gt; twice');
    expect(text(at(first, 'dc:creator'))).toBe('World desk, Fixture newsroom');
    expect(text(at(first, 'pubDate'))).toBe('Mon, 08 Nov 2021 09:00:00 GMT');
    expect(list(at(first, 'category')).map(text)).toEqual(['World', 'Iraq', '<Tags> & such']);
    expect(at(first, 'enclosure', '@_type')).toBe('image/png');
    expect(at(first, 'guid', '@_isPermaLink')).toBe('false');
  });
});

describe('the Atom 1.0 feed', () => {
  it('has ids, links, dates, authors with URIs, categories and image enclosures', () => {
    const section = fixtureIndex().sectionById.get('world');
    if (!section) throw new Error('fixture section world missing');
    const inSection = articles().filter((a) => a.section.id === 'world');
    const doc = parseXml(buildFeed('atom', sectionChannel(section), inSection, FIXTURE_NOW));
    expect(at(doc, 'feed', '@_xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(text(at(doc, 'feed', 'updated'))).toBe('2021-11-09T10:00:00.000Z');
    const links = list(at(doc, 'feed', 'link'));
    expect(links.map((l) => at(l, '@_href'))).toEqual([absoluteUrl('/world'), absoluteUrl('/world/atom.xml')]);
    const entries = list(at(doc, 'feed', 'entry'));
    expect(entries).toHaveLength(inSection.length);
    const entry = entries.find((e) => text(at(e, 'id')) === articleGuid(hostile() ?? inSection[0]!));
    expect(list(at(entry, 'link'))[0]).toMatchObject({ '@_href': articleUrl(hostile() ?? inSection[0]!) });
    expect(list(at(entry, 'link'))[1]).toMatchObject({ '@_rel': 'enclosure', '@_type': 'image/png' });
    expect(list(at(entry, 'author')).map((a) => at(a, 'uri'))).toEqual([absoluteUrl('/authors/world-desk'), absoluteUrl('/authors/newsroom')]);
    const categories = list(at(entry, 'category'));
    expect(categories.map((c) => at(c, '@_term'))).toEqual(['world', 'iraq', 'tags-such']);
    // A label the feed library cannot escape is left out; the term still names the tag.
    expect(at(categories[2], '@_label')).toBeUndefined();
    expect(text(at(entry, 'published'))).toBe('2021-11-08T09:00:00.000Z');
    expect(text(at(entry, 'updated'))).toBe('2021-11-08T12:30:00.000Z');
  });

  it('is dated by the clock when it has no stories', () => {
    const doc = parseXml(buildFeed('atom', siteChannel(), [], FIXTURE_NOW));
    expect(text(at(doc, 'feed', 'updated'))).toBe(FIXTURE_NOW.toISOString());
    expect(list(at(doc, 'feed', 'entry'))).toEqual([]);
  });
});

describe('the JSON Feed 1.1', () => {
  it('is version 1.1 with a language and every author of every story', () => {
    const feed = jsonFeed.parse(JSON.parse(buildFeed('json', siteChannel(), articles(), FIXTURE_NOW)));
    expect(feed.feed_url).toBe(absoluteUrl('/feed.json'));
    expect(feed.language).toBe('en-GB');
    expect(feed.items.map((i) => i.url)).toEqual(articles().map(articleUrl));
    const item = feed.items.find((i) => i.id === articleGuid(hostile() ?? articles()[0]!));
    expect(item?.title).toBe(hostile()?.headline);
    expect(item?.content_html).toContain('&lt;b&gt;and&lt;/b&gt;');
    expect(item?.authors.map((a) => a.name)).toEqual(['World desk', 'Fixture newsroom']);
    expect(item?.tags).toEqual(['World', 'Iraq', '<Tags> & such']);
  });
});

describe('every feed', () => {
  it('stops at the latest 50 stories', () => {
    const base = articles()[0]!;
    const many: ArticleSummary[] = Array.from({ length: 60 }, (_, i) => ({
      ...base,
      id: `story-${i}`,
      path: `/world/2021/11/08/story-${i}`,
    }));
    const doc = parseXml(buildFeed('rss', siteChannel(), many, FIXTURE_NOW));
    // A feed holds the latest 50 stories.
    expect(list(at(doc, 'rss', 'channel', 'item'))).toHaveLength(50);
    expect(jsonFeed.parse(JSON.parse(buildFeed('json', siteChannel(), many, FIXTURE_NOW))).items).toHaveLength(50);
  });

  it('has a stable id that survives a move to another URL', () => {
    const article = articles()[0]!;
    const moved: ArticleSummary = { ...article, path: '/elsewhere/2021/11/08/x' };
    expect(articleGuid(moved)).toBe(articleGuid(article));
    expect(articleGuid(article)).toMatch(/^tag:[a-z0-9.-]+,\d{4}-\d{2}-\d{2}:[a-z0-9-]+$/);
  });

  it('names its content type', () => {
    expect(FEED_CONTENT_TYPES).toEqual({
      rss: 'application/rss+xml; charset=utf-8',
      atom: 'application/atom+xml; charset=utf-8',
      json: 'application/feed+json; charset=utf-8',
    });
  });
});
