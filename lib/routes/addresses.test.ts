import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { liveBlogFiles, serveNewsroom, servingNewsrooms, storyFile, writeNewsroom } from '../../testing/newsroom';

/**
 * What the server asks before Next sees a request: does the address name anything? Against a
 * newsroom on disk: 20 World stories about Iraq, one more moved from a former address, a draft, one taken down,
 * one scheduled after the clock (07:25), and a live blog of 45 updates ten minutes apart from
 * 00:10, 44 of them out at the clock. With the live blog, 22 stories are published in World and
 * under Iraq: two pages each. Expected values are the newsroom's, written out.
 */

const NOW = '2021-11-07T07:25:00Z';
const BLOG = '/world/2021/11/07/night';

const stories = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`story-${i + 1}`, storyFile(`story-${i + 1}`, `2021-11-06T${String(i + 1).padStart(2, '0')}:00:00+00:00`)]));
const tree = writeNewsroom(
  {
    ...stories,
    moved: storyFile('moved', '2021-11-05T09:00:00+00:00', { extra: 'redirectFrom: [/world/2021/11/04/old-name]\n' }),
    draft: storyFile('draft', '2021-11-05T10:00:00+00:00', { extra: 'draft: true\n' }),
    gone: storyFile('gone', '2021-11-05T11:00:00+00:00', { extra: 'takedown:\n  at: 2021-11-06T09:00:00+00:00\n  by: Legal desk\n  reason: Court order\n' }),
    later: storyFile('later', '2021-11-07T09:00:00+00:00'),
  },
  { files: liveBlogFiles('night', { start: '2021-11-07T00:00:00+00:00', updates: 45 }) },
);

servingNewsrooms();

async function check() {
  await serveNewsroom(tree);
  vi.stubEnv('MASTHEAD_NOW', NOW);
  return import('./addresses');
}

describe('an address that names something', () => {
  it('is left to Next, on every route that renders on demand', async () => {
    const { namesNothing } = await check();
    for (const address of [
      '/world',
      '/world/page/2',
      // Page 1 of a list answers 308 to the list: it names the list.
      '/world/page/1',
      '/tags/iraq',
      '/tags/iraq/page/2',
      '/authors/world-desk',
      '/world/feed.xml',
      '/world/atom.xml',
      '/world/feed.json',
      '/world/2021/11/06/story-1',
      '/world/2021/11/04/old-name',
      BLOG,
      `${BLOG}/feed.json`,
      `${BLOG}/page/1`,
      // Shown at the live blog's own address now: a 307 there.
      `${BLOG}/page/3`,
      `${BLOG}/updates/2021-11-07T0020-update-2`,
      `${BLOG}/key-events`,
      '/og/articles/story-1.png',
      '/og/sections/world.png',
      '/sitemaps/articles-1.xml',
      '/sitemaps/sections.xml',
      '/sitemaps/tags.xml',
      '/sitemaps/authors.xml',
      // %-escapes of other characters are the route's to read: this one decodes to the same tag.
      '/tags/ira%71',
    ]) {
      expect(namesNothing(address), address).toBeUndefined();
    }
  });

  it('leaves fixed routes, files, trailing slashes and addresses no route matches to Next', async () => {
    const { namesNothing } = await check();
    for (const address of ['/', '/search', '/tags', '/authors', '/404', '/feed.xml', '/sitemap.xml', '/robots.txt', '/og/site.png', '/images/x.png', '/_next/static/x.js', '/nowhere/', '/a/b/c/d/e/f/g/h']) {
      expect(namesNothing(address), address).toBeUndefined();
    }
  });
});

describe('an address that names nothing', () => {
  it('is a reader page’s or data’s, by its route', async () => {
    const { namesNothing } = await check();
    const expected: [string, 'page' | 'data' | 'gone'][] = [
      ['/world/2021/11/05/gone', 'gone'],
      ['/world/2021/11/05/gone/feed.xml', 'data'],
      ['/zz1', 'page'],
      ['/favicon.ico', 'page'],
      ['/world/page/3', 'page'],
      ['/world/page/0', 'page'],
      ['/world/page/two', 'page'],
      ['/tags/no-such-tag', 'page'],
      ['/tags/Iraq', 'page'],
      ['/tags/iraq/page/3', 'page'],
      ['/authors/nobody', 'page'],
      ['/zz1/feed.xml', 'data'],
      ['/zz1/feed.json', 'data'],
      ['/world/2021/11/06/zz1', 'page'],
      ['/world/2021/11/06/draft', 'page'],
      ['/world/2021/11/07/later', 'page'],
      ['/world/2021/11/06/story-1/feed.xml', 'data'],
      ['/world/2021/11/06/zz1/feed.json', 'data'],
      [`${BLOG}/page/4`, 'page'],
      [`${BLOG}/page/x`, 'page'],
      [`${BLOG}/updates/2021-11-07T0730-update-45`, 'page'],
      [`${BLOG}/updates/zz1`, 'page'],
      // An article has no key events of its own.
      ['/world/2021/11/06/story-1/key-events', 'page'],
      ['/og/articles/zz1.png', 'data'],
      ['/og/articles/draft.png', 'data'],
      ['/og/articles/story-1.jpg', 'data'],
      ['/og/sections/zz1.png', 'data'],
      ['/sitemaps/zz1.xml', 'data'],
      ['/sitemaps/articles-2.xml', 'data'],
      ['/sitemaps/tags-2.xml', 'data'],
      ['/world/2021/11/06/st%C3%B6ry', 'page'],
      ['/tags/feed.xml', 'page'],
    ];
    expect(expected.map(([address]) => [address, namesNothing(address)])).toEqual(expected);
  });
});

/** Route patterns from the folders: pages/ files (pages/api's handlers included) and app/ route handlers, and app/'s metadata files. */
function routeFolders(): string[] {
  const routes: string[] = [];
  const walk = (dir: string, at: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${at}/${entry.name}`);
      else if (dir.startsWith('pages') && /\.tsx?$/.test(entry.name) && !entry.name.startsWith('_')) routes.push(entry.name === 'index.tsx' ? at || '/' : `${at}/${entry.name.replace(/\.tsx?$/, '')}`);
      else if (entry.name === 'route.ts') routes.push(at);
      else if (at === '' && entry.name === 'robots.ts') routes.push('/robots.txt');
      else if (at === '' && entry.name === 'icon.svg') routes.push('/icon.svg');
    }
  };
  walk('pages', '');
  walk('app', '');
  return routes.sort();
}

describe('the routes it knows', () => {
  it('are the routes of pages/ and app/, each once: a new route must say how it finds what it names', async () => {
    const { fixedRoutes, onDemandRoutes } = await check();
    expect([...fixedRoutes, ...onDemandRoutes.map((r) => r.pattern)].sort()).toEqual(routeFolders());
  });
});
