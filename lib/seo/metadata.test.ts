import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../site/config';
import { fixtureArticle, fixtureIndex } from './fixtures/fixture-newsroom';
import { articleMetadata, authorMetadata, frontPageMetadata, rootMetadata, searchMetadata, sectionMetadata, tagMetadata } from './metadata';

describe('metadata builders', () => {
  it('give an article an absolute canonical, Open Graph article fields, a large card and image preview', () => {
    const article = fixtureArticle('inside-window');
    const meta = articleMetadata(article);
    const url = absoluteUrl(article.path);
    expect(meta.title).toBe(article.headline);
    expect(meta.description).toBe(article.standfirst);
    expect(meta.alternates?.canonical).toBe(url);
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url,
      publishedTime: '2021-11-08T09:00:00+00:00',
      modifiedTime: '2021-11-08T12:30:00+00:00',
      section: 'World',
      tags: ['Iraq', '<Tags> & such'],
      authors: [absoluteUrl('/authors/world-desk'), absoluteUrl('/authors/newsroom')],
      images: [{ url: absoluteUrl('/og/articles/inside-window.png'), width: 1200, height: 630, alt: article.headline }],
    });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
    expect(meta.robots).toMatchObject({ index: true, 'max-image-preview': 'large' });
  });

  it('advertise the site feeds everywhere and a section’s own feeds on its pages', () => {
    const section = fixtureIndex().sectionById.get('world');
    expect(section).toBeDefined();
    if (!section) return;
    const types = sectionMetadata(section).alternates?.types ?? {};
    expect(types['application/rss+xml']).toEqual([
      { url: absoluteUrl('/world/feed.xml'), title: 'Masthead: World (RSS)' },
      { url: absoluteUrl('/feed.xml'), title: 'Masthead (RSS)' },
    ]);
    expect(Object.keys(rootMetadata().alternates?.types ?? {})).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
  });

  it('set the title template on the root and an absolute title on the front page', () => {
    expect(rootMetadata().title).toEqual({ default: 'Masthead', template: '%s · Masthead' });
    expect(frontPageMetadata().alternates?.canonical).toBe(absoluteUrl('/'));
  });

  it('keep search results out of the index and give later list pages their own canonical', () => {
    expect(searchMetadata('iraq').robots).toEqual({ index: false, follow: true });
    expect(tagMetadata({ name: 'Iraq', slug: 'iraq' }, 2).alternates?.canonical).toBe(absoluteUrl('/tags/iraq/page/2'));
    expect(authorMetadata({ id: 'world-desk', name: 'World desk', kind: 'desk' }).alternates?.canonical).toBe(absoluteUrl('/authors/world-desk'));
  });
});
