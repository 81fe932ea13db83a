import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { absoluteUrl } from '../site/config';
import { at, list, parseXml, text } from '../../testing/xml';
import { fixtureArticle } from './fixtures/fixture-newsroom';
import { buildLiveFeed, buildLiveFeeds, updateGuid } from './live-feeds';

const blog = { ...fixtureArticle('outside-window'), keyPoints: [] };
const desk = { id: 'analysis-desk', name: 'Analysis desk', kind: 'desk' as const };
const BLOG_URL = absoluteUrl('/analysis/2021/11/06/outside-window');
const updates = [
  { id: '2021-11-06T0910-first', at: '2021-11-06T09:10:00+00:00', text: 'First reports <b>came</b> in. More followed.\n\nA second paragraph & more.' },
  { id: 'cabinet', at: '2021-11-06T19:30:00+00:00', title: 'Cabinet meets', text: 'The cabinet met.', author: desk },
];

const liveJsonFeed = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string(),
  home_page_url: z.string(),
  feed_url: z.string(),
  language: z.string(),
  items: z.array(
    z.looseObject({
      id: z.string(),
      url: z.string(),
      title: z.string(),
      content_html: z.string(),
      date_published: z.string(),
      authors: z.array(z.object({ name: z.string(), url: z.string() })).min(1),
    }),
  ),
});

describe('a live blog’s JSON Feed', () => {
  it('lists updates newest first, each linking to its permalink, with its time and signer', () => {
    const feed = liveJsonFeed.parse(JSON.parse(buildLiveFeed('json', blog, updates)));
    expect(feed.title).toBe('Masthead: Published three days before the clock');
    expect(feed.home_page_url).toBe(BLOG_URL);
    expect(feed.feed_url).toBe(`${BLOG_URL}/feed.json`);
    expect(feed.language).toBe('en-GB');
    expect(feed.items).toEqual([
      {
        id: expect.stringMatching(/^tag:[a-z0-9.-]+,2021-11-06:outside-window\/updates\/cabinet$/),
        url: `${BLOG_URL}/updates/cabinet`,
        title: 'Cabinet meets',
        content_html: '<p>The cabinet met.</p>',
        date_published: '2021-11-06T19:30:00.000Z',
        date_modified: '2021-11-06T19:30:00.000Z',
        summary: 'The cabinet met.',
        authors: [{ name: 'Analysis desk', url: absoluteUrl('/authors/analysis-desk') }],
      },
      {
        id: expect.stringMatching(/outside-window\/updates\/2021-11-06T0910-first$/),
        url: `${BLOG_URL}/updates/2021-11-06T0910-first`,
        title: 'First reports <b>came</b> in.',
        content_html: '<p>First reports &lt;b&gt;came&lt;/b&gt; in. More followed.</p><p>A second paragraph &amp; more.</p>',
        date_published: '2021-11-06T09:10:00.000Z',
        date_modified: '2021-11-06T09:10:00.000Z',
        summary: 'First reports <b>came</b> in. More followed.\n\nA second paragraph & more.',
        authors: [{ name: 'World desk', url: absoluteUrl('/authors/world-desk') }],
      },
    ]);
  });

  it('stops at the newest 50 updates', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `u${i}`, at: new Date(Date.UTC(2021, 10, 6, 9, i)).toISOString(), text: `Update ${i}.` }));
    const feed = liveJsonFeed.parse(JSON.parse(buildLiveFeed('json', blog, many)));
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0]?.url).toBe(`${BLOG_URL}/updates/u59`);
    expect(feed.items.at(-1)?.url).toBe(`${BLOG_URL}/updates/u10`);
  });
});

describe('a live blog’s RSS and Atom feeds', () => {
  it('RSS: permalink, guid, date and dc:creator for each update, HTML escaped once more', () => {
    const doc = parseXml(buildLiveFeed('rss', blog, updates));
    expect(at(doc, 'rss', '@_xmlns:dc')).toBe('http://purl.org/dc/elements/1.1/');
    expect(text(at(doc, 'rss', 'channel', 'link'))).toBe(BLOG_URL);
    const items = list(at(doc, 'rss', 'channel', 'item'));
    expect(items.map((i) => text(at(i, 'link')))).toEqual([`${BLOG_URL}/updates/cabinet`, `${BLOG_URL}/updates/2021-11-06T0910-first`]);
    expect(items.map((i) => text(at(i, 'pubDate')))).toEqual(['Sat, 06 Nov 2021 19:30:00 GMT', 'Sat, 06 Nov 2021 09:10:00 GMT']);
    expect(items.map((i) => text(at(i, 'dc:creator')))).toEqual(['Analysis desk', 'World desk']);
    expect(text(at(items[1], 'title'))).toBe('First reports &lt;b&gt;came&lt;/b&gt; in.');
    expect(text(at(items[0], 'guid'))).toBe(updateGuid(blog, { id: 'cabinet' }));
  });

  it('Atom: dated by the newest update, authors with their pages', () => {
    const doc = parseXml(buildLiveFeed('atom', blog, updates));
    expect(text(at(doc, 'feed', 'updated'))).toBe('2021-11-06T19:30:00.000Z');
    const entries = list(at(doc, 'feed', 'entry'));
    expect(entries.map((e) => at(list(at(e, 'link'))[0], '@_href'))).toEqual([`${BLOG_URL}/updates/cabinet`, `${BLOG_URL}/updates/2021-11-06T0910-first`]);
    expect(list(at(entries[0], 'author')).map((a) => at(a, 'uri'))).toEqual([absoluteUrl('/authors/analysis-desk')]);
  });

  it('are dated by the start of coverage before the first update', () => {
    const doc = parseXml(buildLiveFeeds(blog, []).atom);
    expect(text(at(doc, 'feed', 'updated'))).toBe('2021-11-06T08:00:00.000Z');
    expect(list(at(doc, 'feed', 'entry'))).toEqual([]);
  });
});
