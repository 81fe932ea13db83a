import { describe, expect, it, vi } from 'vitest';
import { serveNewsroom, servingNewsrooms, storyFile, writeNewsroom } from '../../testing/newsroom';

/**
 * The keys of each answer, from what the page shows, against a newsroom on disk: three World
 * stories, the newest naming the oldest as related and in an <AlsoRead>, one Business story.
 */

const tree = writeNewsroom(
  {
    first: storyFile('first', '2021-11-05T09:00:00+00:00', { tags: ['Oil'] }),
    second: storyFile('second', '2021-11-06T09:00:00+00:00', { tags: ['Gas'] }),
    third: storyFile('third', '2021-11-07T09:00:00+00:00', { tags: ['Gas'], extra: 'related: [first]\n', body: 'Text.\n\n<AlsoRead id="second" />' }),
    market: storyFile('market', '2021-11-07T10:00:00+00:00', { section: 'business', tags: ['Oil'] }),
  },
  { sections: '- id: world\n  name: World\n- id: business\n  name: Business\n' },
);

servingNewsrooms();

async function keys() {
  await serveNewsroom(tree);
  vi.stubEnv('MASTHEAD_NOW', '2021-11-08T00:00:00Z');
  return (await import('./surrogate-keys')).surrogateKeysAt;
}

describe('the surrogate keys of an answer', () => {
  it('name an article, the stories it shows in related and <AlsoRead>, and its edition', async () => {
    const at = await keys();
    const article = at('/world/2021/11/07/third', 200) ?? [];
    expect(article.slice(0, 2)).toEqual(['edition:en', 'article:third']);
    expect(article).toEqual(expect.arrayContaining(['article:first', 'article:second']));
    expect(at('/og/articles/third.png', 200)).toEqual(['edition:en', 'article:third']);
  });

  it('name a list by what it is and the stories on the page', async () => {
    const at = await keys();
    expect(at('/world', 200)).toEqual(['edition:en', 'section:world', 'article:third', 'article:second', 'article:first']);
    expect(at('/tags/oil', 200)).toEqual(['edition:en', 'tag:oil', 'article:market', 'article:first']);
    expect(at('/business/feed.xml', 200)).toEqual(['edition:en', 'feeds', 'section:business', 'article:market']);
    expect(at('/sitemaps/articles-1.xml', 200)).toEqual(['edition:en', 'sitemaps']);
    expect(at('/', 200)?.slice(0, 2)).toEqual(['edition:en', 'front']);
  });

  it('name a miss and a story taken down as misses, and nothing for build files', async () => {
    const at = await keys();
    expect(at('/world/2021/11/07/nothing', 404)).toEqual(['edition:en', 'misses']);
    expect(at('/410', 410)).toEqual(['edition:en', 'misses']);
    expect(at('/_next/static/chunks/app.js', 200)).toBeUndefined();
    expect(at('/robots.txt', 200)).toEqual(['edition:en']);
  });
});
