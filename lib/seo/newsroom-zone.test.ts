import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memorySource, publicImageResolver } from '../content/source';
import { checkInMemory } from '../content/store/run';
import { storyFile } from '../../testing/newsroom';
import { at, list, parseXml, text } from '../../testing/xml';
import { articleGuid, buildFeed, siteChannel } from './feeds';

/**
 * An article's address and the feeds' ids carry its date in the newsroom's zone, Europe/London:
 * the same day readers see printed on the page. In summer London is an hour ahead of UTC, so a
 * story filed shortly after midnight there is dated a day later than UTC would date it; in
 * winter a story filed after midnight in Baghdad is still dated the day before.
 */

const stories = {
  // 00:30 BST on 27 July; 23:30 UTC on 26 July.
  'summer-after-midnight': '2021-07-27T02:30:00+03:00',
  // 23:59 BST on 26 July.
  'summer-before-midnight': '2021-07-26T22:59:00Z',
  // 23:30 GMT on 7 November; 02:30 on 8 November in Baghdad.
  'winter-before-midnight': '2021-11-08T02:30:00+03:00',
  // 00:00 GMT on 8 November.
  'winter-midnight': '2021-11-08T00:00:00Z',
  // 00:30 BST on 31 October, the night the clocks go back; 23:30 UTC on 30 October.
  'clocks-go-back': '2021-10-30T23:30:00Z',
};

const { store } = checkInMemory({
  source: memorySource({
    'authors.yaml': '- id: world-desk\n  name: World desk\n  kind: desk\n',
    'sections.yaml': '- id: world\n  name: World\n',
    ...Object.fromEntries(Object.entries(stories).map(([id, publishedAt]) => [`articles/${id}.mdx`, storyFile(id, publishedAt)])),
  }),
  images: publicImageResolver(path.join(process.cwd(), 'public')),
});
const now = new Date('2022-01-01T00:00:00Z');
const articles = store.listArticles({}, { at: now });
const story = (id: string) => {
  const found = articles.find((a) => a.id === id);
  if (!found) throw new Error(`no story ${id}`);
  return found;
};

describe('an article’s address', () => {
  it.each([
    ['summer-after-midnight', '/world/2021/07/27/summer-after-midnight'],
    ['summer-before-midnight', '/world/2021/07/26/summer-before-midnight'],
    ['winter-before-midnight', '/world/2021/11/07/winter-before-midnight'],
    ['winter-midnight', '/world/2021/11/08/winter-midnight'],
    ['clocks-go-back', '/world/2021/10/31/clocks-go-back'],
  ])('%s is at %s', (id, address) => {
    expect(story(id).path).toBe(address);
    expect(store.summaryByPath(address, { at: now })?.id).toBe(id);
  });
});

describe('the feeds', () => {
  it('give each story an id dated in the newsroom’s day, which a later move to another address keeps', () => {
    expect(articleGuid(story('summer-after-midnight'))).toBe('tag:localhost,2021-07-27:summer-after-midnight');
    expect(articleGuid(story('winter-before-midnight'))).toBe('tag:localhost,2021-11-07:winter-before-midnight');
    expect(articleGuid(story('clocks-go-back'))).toBe('tag:localhost,2021-10-31:clocks-go-back');
  });

  it('link each story at its address', () => {
    const doc = parseXml(buildFeed('rss', siteChannel(), articles, now));
    const links = list(at(doc, 'rss', 'channel', 'item')).map((item) => text(at(item, 'link')));
    expect(links).toContain('http://localhost:3000/world/2021/07/27/summer-after-midnight');
    expect(links).toContain('http://localhost:3000/world/2021/11/07/winter-before-midnight');
  });
});
