import { describe, expect, it } from 'vitest';
import {
  storyPathOf,
  articlePath,
  authorPath,
  cardId,
  feedPath,
  linkTarget,
  listPagePath,
  parseArticlePath,
  parsePageNumber,
  routePatterns,
  searchPath,
  sectionPath,
  tagPath,
} from './paths';

describe('article addresses', () => {
  const params = { section: 'middle-east', year: '2021', month: '11', day: '07', slug: 'kadhimi-survives-drone-attack' };

  it('are built from their segments and read back into them', () => {
    expect(articlePath(params)).toBe('/middle-east/2021/11/07/kadhimi-survives-drone-attack');
    expect(parseArticlePath('/middle-east/2021/11/07/kadhimi-survives-drone-attack')).toEqual(params);
  });

  it('are nothing else', () => {
    for (const path of ['/middle-east', '/middle-east/2021/11/07', '/Middle-East/2021/11/07/x', '/world/21/11/07/x', '/world/2021/11/07/x/', '/world/2021/11/07/x?y', '/tags/2021/11/07/x/y']) {
      expect(parseArticlePath(path), path).toBeUndefined();
    }
  });
});

describe('list addresses', () => {
  it('name a section, a topic and a desk', () => {
    expect(sectionPath('world')).toBe('/world');
    expect(tagPath('kataib-hezbollah')).toBe('/tags/kataib-hezbollah');
    expect(authorPath('world-desk')).toBe('/authors/world-desk');
  });

  it('keep page 1 at the list’s own address and put later pages under /page/', () => {
    expect(listPagePath('/world', 1)).toBe('/world');
    expect(listPagePath('/tags/iraq', 3)).toBe('/tags/iraq/page/3');
    expect(listPagePath('/', 2)).toBe('/page/2');
  });

  it('read a page number only as a plain positive integer, so every page has one address', () => {
    expect(parsePageNumber('2')).toBe(2);
    expect(parsePageNumber('140')).toBe(140);
    for (const bad of ['0', '02', '-1', '1.5', 'two', '', '2abc', '9999999']) expect(parsePageNumber(bad), bad).toBeUndefined();
  });
});

describe('other addresses', () => {
  it('search with the query and, from the second page, the page', () => {
    expect(searchPath('rail strike')).toBe('/search?q=rail+strike');
    expect(searchPath('rail & road', 2)).toBe('/search?q=rail+%26+road&page=2');
  });

  it('feeds, share cards and links', () => {
    expect(feedPath('rss')).toBe('/feed.xml');
    expect(feedPath('atom', 'world')).toBe('/world/atom.xml');
    expect(cardId('iraq-votes.png')).toBe('iraq-votes');
    expect(cardId('../x.png')).toBeUndefined();
    expect(linkTarget('/world/2021/11/07/story/?utm=x#top')).toBe('/world/2021/11/07/story');
  });
});

describe('route patterns for the cache rules', () => {
  it('say what the parsers read', () => {
    expect(routePatterns.sectionFront).toBe('/:section([a-z0-9]+(?:-[a-z0-9]+)*)');
    expect(routePatterns.article).toBe(
      '/:section([a-z0-9]+(?:-[a-z0-9]+)*)/:year(\\d{4})/:month(\\d{2})/:day(\\d{2})/:slug([a-z0-9]+(?:-[a-z0-9]+)*)',
    );
  });
});

describe('the story of a page', () => {
  it('is the live blog for one of its older pages, and the page itself otherwise', () => {
    expect(storyPathOf('/middle-east/2021/11/07/night-in-baghdad/page/2')).toBe('/middle-east/2021/11/07/night-in-baghdad');
    expect(storyPathOf('/middle-east/2021/11/07/night-in-baghdad')).toBe('/middle-east/2021/11/07/night-in-baghdad');
  });
});
