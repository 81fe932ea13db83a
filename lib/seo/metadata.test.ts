import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../site/config';
import { fixtureArticle, fixtureIndex } from './fixtures/fixture-newsroom';
import { articleMetadata, authorMetadata, frontPageMetadata, noindexMetadata, searchMetadata, sectionMetadata, tagMetadata } from './metadata';

describe('head builders', () => {
  it('give an article an absolute canonical, Open Graph article fields, a large card and image preview', () => {
    const article = fixtureArticle('inside-window');
    const head = articleMetadata(article);
    const url = absoluteUrl(article.path);
    expect(head.title).toBe(`${article.headline} · Masthead`);
    expect(head.description).toBe(article.standfirst);
    expect(head.canonical).toBe(url);
    expect(head.social).toMatchObject({
      type: 'article',
      url,
      image: { url: absoluteUrl('/og/articles/inside-window.png'), alt: article.headline },
      article: {
        publishedTime: '2021-11-08T09:00:00+00:00',
        modifiedTime: '2021-11-08T12:30:00+00:00',
        section: 'World',
        tags: ['Iraq', '<Tags> & such'],
        authors: [absoluteUrl('/authors/world-desk'), absoluteUrl('/authors/newsroom')],
      },
    });
    expect(head.robots).toBe('index, follow, max-image-preview:large, max-snippet:-1');
  });

  it('advertise the site feeds everywhere and a section’s own feeds on its pages', () => {
    const section = fixtureIndex().sectionById.get('world');
    expect(section).toBeDefined();
    if (!section) return;
    expect(sectionMetadata(section).feeds.filter((f) => f.type === 'application/rss+xml')).toEqual([
      { type: 'application/rss+xml', href: absoluteUrl('/world/feed.xml'), title: 'Masthead: World (RSS)' },
      { type: 'application/rss+xml', href: absoluteUrl('/feed.xml'), title: 'Masthead (RSS)' },
    ]);
    expect(noindexMetadata('Page not found').feeds.map((f) => f.type)).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
  });

  it('put the site’s name after a page’s title, and give the front page a title of its own', () => {
    expect(noindexMetadata('Page not found').title).toBe('Page not found · Masthead');
    expect(frontPageMetadata().title).toBe('Masthead: Independent reporting on the Middle East and the world');
    expect(frontPageMetadata().canonical).toBe(absoluteUrl('/'));
  });

  it('keep search results out of the index and give later list pages their own canonical', () => {
    expect(searchMetadata().robots).toBe('noindex, follow');
    expect(tagMetadata({ name: 'Iraq', slug: 'iraq' }, 2).canonical).toBe(absoluteUrl('/tags/iraq/page/2'));
    expect(authorMetadata({ id: 'world-desk', name: 'World desk', kind: 'desk' }).canonical).toBe(absoluteUrl('/authors/world-desk'));
  });
});
