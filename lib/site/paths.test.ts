import { readdirSync } from 'node:fs';
import path from 'node:path';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import {
  RESERVED_SEGMENTS,
  articleCardPath,
  articlePath,
  authorPath,
  cardFile,
  cardId,
  childSitemapPath,
  desksPath,
  editionOfPath,
  editionPath,
  feedPath,
  homePath,
  linkTarget,
  listPagePath,
  liveBlogPathOf,
  liveFeedPath,
  liveKeyEventsPath,
  livePagePath,
  logoPath,
  newsSitemapPath,
  parseArticlePath,
  parsePageNumber,
  routePatterns,
  searchPagePath,
  searchPath,
  sectionCardPath,
  sectionPath,
  siteCardPath,
  sitemapIndexPath,
  storyPathOf,
  tagPath,
  topicsPath,
  updatePermalinkPath,
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

describe('edition addresses', () => {
  it('keep the English edition’s addresses as they are and put the Arabic edition’s under /ar', () => {
    expect(editionPath({ pathPrefix: '' }, '/world')).toBe('/world');
    expect(editionPath({ pathPrefix: '' }, '/')).toBe('/');
    expect(editionPath({ pathPrefix: '/ar' }, '/')).toBe('/ar');
    expect(editionPath({ pathPrefix: '/ar' }, '/middle-east/2021/11/07/kadhimi-survives-drone-attack')).toBe('/ar/middle-east/2021/11/07/kadhimi-survives-drone-attack');
  });

  it('are read back into their edition and the address the English edition would write', () => {
    expect(editionOfPath('/ar')).toMatchObject({ edition: { lang: 'ar', dir: 'rtl' }, path: '/' });
    expect(editionOfPath('/ar/search')).toMatchObject({ edition: { lang: 'ar' }, path: '/search' });
    expect(editionOfPath('/world')).toMatchObject({ edition: { lang: 'en', dir: 'ltr' }, path: '/world' });
    // A section whose id merely starts with the letters is not the edition.
    expect(editionOfPath('/arts')).toMatchObject({ edition: { lang: 'en' }, path: '/arts' });
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

describe('article addresses, strictly', () => {
  it('are read only whole, from the first slash to the slug', () => {
    for (const path of ['x/world/2021/11/07/story', '/world/2021/11/07/story/page/2', '/world/2021/11/7/story', '/world/2021/011/07/story', '/world/2021/11/07/-story', '/world/2021/11/07/story-', '/world/2021/11/07/two--hyphens', '/world/20211/11/07/story']) {
      expect(parseArticlePath(path), path).toBeUndefined();
    }
    expect(parseArticlePath('/a1/1999/01/31/b-2-c')).toEqual({ section: 'a1', year: '1999', month: '01', day: '31', slug: 'b-2-c' });
  });
});

describe('list pages', () => {
  it('keep page 0 and page 1 at the list’s own address', () => {
    expect(listPagePath('/world', 0)).toBe('/world');
    expect(listPagePath('/', 1)).toBe('/');
    expect(listPagePath('/authors/world-desk', 12)).toBe('/authors/world-desk/page/12');
  });

  it('read page numbers up to six digits', () => {
    expect(parsePageNumber('999999')).toBe(999999);
    expect(parsePageNumber('10')).toBe(10);
    for (const bad of ['1000000', ' 2', '2 ', '+2', '1e3', '0x1']) expect(parsePageNumber(bad), bad).toBeUndefined();
  });

  it('name the indexes of topics and desks', () => {
    expect(topicsPath).toBe('/tags');
    expect(desksPath).toBe('/authors');
    expect(homePath).toBe('/');
  });
});

describe('search addresses', () => {
  it('live at /search, with the page only from the second on', () => {
    expect(searchPagePath).toBe('/search');
    expect(searchPath('iraq', 1)).toBe('/search?q=iraq');
    expect(searchPath('iraq', 0)).toBe('/search?q=iraq');
    expect(searchPath('iraq', 12)).toBe('/search?q=iraq&page=12');
  });

  it('say so when the query is to be searched as typed, not as corrected', () => {
    expect(searchPath('sistani', 1, { verbatim: true })).toBe('/search?q=sistani&verbatim=1');
    expect(searchPath('sistani', 3, { verbatim: true })).toBe('/search?q=sistani&page=3&verbatim=1');
    expect(searchPath('sistani', 1, { verbatim: false })).toBe('/search?q=sistani');
  });
});

describe('feeds', () => {
  it('are RSS, Atom and JSON Feed, for the site and for each section', () => {
    expect([feedPath('rss'), feedPath('atom'), feedPath('json')]).toEqual(['/feed.xml', '/atom.xml', '/feed.json']);
    expect([feedPath('rss', 'world'), feedPath('atom', 'world'), feedPath('json', 'world')]).toEqual(['/world/feed.xml', '/world/atom.xml', '/world/feed.json']);
  });
});

describe('live blog addresses', () => {
  const BLOG = '/middle-east/2021/11/07/night-in-baghdad';

  it('put the blog’s feeds, older pages and update permalinks under its own address', () => {
    expect(liveFeedPath(BLOG, 'rss')).toBe(`${BLOG}/feed.xml`);
    expect(liveFeedPath(BLOG, 'atom')).toBe(`${BLOG}/atom.xml`);
    expect(liveFeedPath(BLOG, 'json')).toBe(`${BLOG}/feed.json`);
    expect(livePagePath(BLOG, 1)).toBe(`${BLOG}/page/1`);
    expect(livePagePath(BLOG, 12)).toBe(`${BLOG}/page/12`);
    expect(updatePermalinkPath(BLOG, '2021-11-07T0120-drone-hits-home')).toBe(`${BLOG}/updates/2021-11-07T0120-drone-hits-home`);
    expect(liveKeyEventsPath(BLOG)).toBe(`${BLOG}/key-events`);
  });

  it('lead from an older page, a permalink or the key events back to the blog', () => {
    for (const sub of ['/page/1', '/page/12', '/page/999999', '/updates/2021-11-07T0120-drone-hits-home', '/updates/A1', '/key-events']) {
      expect(liveBlogPathOf(`${BLOG}${sub}`), sub).toBe(BLOG);
    }
  });

  it('are nothing else: no page 0, no unwritten number, no other folder, nothing past them, no blog that is not a story’s address', () => {
    for (const path of [
      BLOG,
      `${BLOG}/page/0`,
      `${BLOG}/page/01`,
      `${BLOG}/page/two`,
      `${BLOG}/page/1000000`,
      `${BLOG}/page/`,
      `${BLOG}/updates/`,
      `${BLOG}/updates/a.b`,
      `${BLOG}/updates/a/b`,
      `${BLOG}/key-events/2`,
      `${BLOG}/key-event`,
      `${BLOG}/page/2/feed.json`,
      `${BLOG}/feed.json`,
      `${BLOG}/pages/2`,
      '/tags/iraq/page/2',
      '/middle-east/page/2',
      `/x${BLOG}/page/2`,
    ]) {
      expect(liveBlogPathOf(path), path).toBeUndefined();
    }
  });

  it('an older page of any number belongs to the blog; any other address is its own story', () => {
    expect(storyPathOf(`${BLOG}/page/12`)).toBe(BLOG);
    expect(storyPathOf(`${BLOG}/page/140`)).toBe(BLOG);
    for (const own of [`${BLOG}/page/`, `${BLOG}/page/2/feed.json`, `${BLOG}/page/two`, `${BLOG}/updates/2`, `${BLOG}/pages/2`]) {
      expect(storyPathOf(own), own).toBe(own);
    }
  });
});

describe('share cards and sitemaps', () => {
  it('draw an article’s and a section’s card, the site’s and the logo, each a PNG', () => {
    expect(articleCardPath('iraq-votes')).toBe('/og/articles/iraq-votes.png');
    expect(sectionCardPath('world')).toBe('/og/sections/world.png');
    expect(siteCardPath).toBe('/og/site.png');
    expect(logoPath).toBe('/og/logo.png');
    expect(cardFile('iraq-votes')).toBe('iraq-votes.png');
  });

  it('read a card’s id only from a whole file name of a slug and .png', () => {
    expect(cardId('a1-b2.png')).toBe('a1-b2');
    for (const name of ['iraq-votes.svg', 'iraq-votes.pngx', 'x.iraq-votes.png', 'Iraq.png', '.png', 'iraq-votes', 'iraq-votes.png/x', 'a--b.png']) {
      expect(cardId(name), name).toBeUndefined();
    }
  });

  it('list the sitemaps at the root and the children under /sitemaps', () => {
    expect(sitemapIndexPath).toBe('/sitemap.xml');
    expect(newsSitemapPath).toBe('/news-sitemap.xml');
    expect(childSitemapPath('articles-12.xml')).toBe('/sitemaps/articles-12.xml');
  });
});

describe('link targets', () => {
  it('drop the query, the fragment and one trailing slash, and keep the rest of the path', () => {
    expect(linkTarget('/world/2021/11/07/story')).toBe('/world/2021/11/07/story');
    expect(linkTarget('/world/')).toBe('/world');
    expect(linkTarget('/world/#x/')).toBe('/world');
    expect(linkTarget('/world?page=2/')).toBe('/world');
    expect(linkTarget('/world#top?x')).toBe('/world');
    expect(linkTarget('/')).toBe('');
    expect(linkTarget('#top')).toBe('');
  });
});

describe('segments the site keeps for itself', () => {
  const reserved = new Set<string>(RESERVED_SEGMENTS);
  const first = (path: string) => path.split('/')[1] ?? '';

  it('include the first segment of every address the site builds that is not a section’s', () => {
    const built = [
      topicsPath,
      desksPath,
      tagPath('iraq'),
      authorPath('world-desk'),
      listPagePath(homePath, 2),
      searchPagePath,
      searchPath('iraq', 2),
      feedPath('rss'),
      feedPath('atom'),
      feedPath('json'),
      articleCardPath('x'),
      sectionCardPath('x'),
      siteCardPath,
      logoPath,
      sitemapIndexPath,
      newsSitemapPath,
      childSitemapPath('articles-1.xml'),
    ];
    for (const path of built) expect(reserved, path).toContain(first(path).split('?')[0]);
  });

  it('include every route folder of pages/ and app/, every public folder, and the files browsers and crawlers ask for', () => {
    const root = path.join(__dirname, '..', '..');
    const routes = ['pages', 'app', 'public'].flatMap((dir) =>
      readdirSync(path.join(root, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
        .map((entry) => entry.name),
    );
    expect(routes.length).toBeGreaterThan(5);
    for (const name of [...routes, 'search', '_next', 'robots.txt', 'favicon.ico']) expect(reserved, name).toContain(name);
  });

  it('are these, and no section or former address may start with one', () => {
    expect([...RESERVED_SEGMENTS].sort()).toEqual(
      ['_next', 'api', 'ar', 'atom.xml', 'authors', 'favicon.ico', 'feed.json', 'feed.xml', 'feeds', 'fonts', 'images', 'news-sitemap.xml', 'og', 'page', 'robots.txt', 'search', 'sitemap.xml', 'sitemaps', 'tags'].sort(),
    );
  });
});

/**
 * Whether Next's router would match `pathname` to a rule with this `source`, as next.config.js
 * headers() rules are matched (without regard to case, as Next matches them).
 */
const matches = (source: string, pathname: string) => getPathMatch(source, { strict: true, removeUnnamedParams: true })(pathname) !== false;

describe('route patterns, as the cache rules match them', () => {
  const ARTICLE = '/middle-east/2021/11/07/kadhimi-survives-drone-attack';

  it('the front page is the root alone', () => {
    expect(matches(routePatterns.home, '/')).toBe(true);
    expect(matches(routePatterns.home, '/world')).toBe(false);
  });

  it('a section front is one slug, which /tags, /authors and /search are too, but no file', () => {
    for (const path of ['/world', '/middle-east', '/tags', '/authors', '/search', '/a1']) expect(matches(routePatterns.sectionFront, path), path).toBe(true);
    for (const path of ['/', '/robots.txt', '/feed.xml', '/world/page/2', '/tags/iraq', '/-world', '/world-']) expect(matches(routePatterns.sectionFront, path), path).toBe(false);
  });

  it('an article is its five segments, as the parser reads them', () => {
    expect(matches(routePatterns.article, ARTICLE)).toBe(true);
    for (const path of ['/middle-east/2021/11/7/x', '/middle-east/21/11/07/x', '/middle-east/2021/11/07/-x', '/tags/iraq/page/2/x/y', `${ARTICLE}/page/2`, '/middle-east/2021/11/07']) {
      expect(matches(routePatterns.article, path), path).toBe(false);
    }
  });

  it('a live blog’s older page is an article’s address and a page number written as the parser reads it', () => {
    for (const n of ['1', '12', '999999']) expect(matches(routePatterns.livePage, `${ARTICLE}/page/${n}`), n).toBe(true);
    for (const path of [`${ARTICLE}/page/0`, `${ARTICLE}/page/01`, `${ARTICLE}/page/two`, `${ARTICLE}/page/1000000`, ARTICLE, '/middle-east/page/2', '/tags/iraq/page/2', `${ARTICLE}/updates/x`]) {
      expect(matches(routePatterns.livePage, path), path).toBe(false);
    }
  });

  it('a live blog’s key events and an update’s own page hang off an article’s address', () => {
    expect(matches(routePatterns.liveKeyEvents, `${ARTICLE}/key-events`)).toBe(true);
    for (const path of [`${ARTICLE}/key-events/x`, '/middle-east/key-events', `${ARTICLE}/updates/x`]) expect(matches(routePatterns.liveKeyEvents, path), path).toBe(false);
    for (const id of ['2021-11-07T0320-first-reports', 'a1']) expect(matches(routePatterns.liveUpdate, `${ARTICLE}/updates/${id}`), id).toBe(true);
    for (const path of [`${ARTICLE}/updates`, `${ARTICLE}/updates/a/b`, `${ARTICLE}/updates/a.b`, '/middle-east/updates/x', `${ARTICLE}/key-events`]) {
      expect(matches(routePatterns.liveUpdate, path), path).toBe(false);
    }
  });

  it('images are everything under /images', () => {
    expect(matches(routePatterns.images, '/images/baghdad-green-zone.png')).toBe(true);
    expect(matches(routePatterns.images, '/images/maps/iraq.png')).toBe(true);
    expect(matches(routePatterns.images, '/og/site.png')).toBe(false);
  });
});
