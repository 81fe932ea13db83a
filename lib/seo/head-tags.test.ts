import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../site/config';
import { fixtureArticle } from './fixtures/fixture-newsroom';
import { headTags, type HeadTag } from './head-tags';
import { articleMetadata, noindexMetadata, previewMetadata } from './metadata';

const render = (tags: HeadTag[]) =>
  tags.map(({ tag, attributes, text }) => (tag === 'title' ? `title ${text}` : `${tag} ${Object.entries(attributes).map(([k, v]) => `${k}=${v}`).join(' ')}`));

describe('headTags', () => {
  const article = fixtureArticle('inside-window');
  const url = absoluteUrl(article.path);
  const tags = render(headTags(articleMetadata(article)));

  it('writes the title through the root template, and the description', () => {
    expect(tags).toContain(`title ${article.headline} · Masthead`);
    expect(tags).toContain(`meta name=description content=${article.standfirst}`);
    expect(tags).toContain('meta name=application-name content=Masthead');
  });

  it('writes robots, canonical, the section and site feeds, and the theme colours', () => {
    expect(tags).toContain('meta name=robots content=index, follow, max-image-preview:large, max-snippet:-1');
    expect(tags).toContain(`link rel=canonical href=${url}`);
    expect(tags).toContain(`link rel=alternate type=application/rss+xml href=${absoluteUrl('/world/feed.xml')} title=Masthead: World (RSS)`);
    expect(tags).toContain(`link rel=alternate type=application/feed+json href=${absoluteUrl('/feed.json')} title=Masthead (JSON Feed)`);
    expect(tags).toContain('meta name=theme-color content=#121212 media=(prefers-color-scheme: dark)');
  });

  it('writes Open Graph article fields, one tag per author and topic, and the large Twitter card', () => {
    expect(tags).toContain('meta property=og:type content=article');
    expect(tags).toContain(`meta property=og:url content=${url}`);
    expect(tags).toContain(`meta property=og:image content=${absoluteUrl('/og/articles/inside-window.png')}`);
    expect(tags).toContain('meta property=og:image:width content=1200');
    expect(tags).toContain('meta property=article:published_time content=2021-11-08T09:00:00+00:00');
    expect(tags.filter((t) => t.startsWith('meta property=article:tag'))).toEqual([
      'meta property=article:tag content=Iraq',
      'meta property=article:tag content=<Tags> & such',
    ]);
    expect(tags.filter((t) => t.startsWith('meta property=article:author'))).toHaveLength(2);
    expect(tags).toContain('meta name=twitter:card content=summary_large_image');
    expect(tags).toContain(`meta name=twitter:image:alt content=${article.headline}`);
  });

  it('writes each tag once, with the title first after the theme colours', () => {
    expect(tags.filter((t) => t.startsWith('title '))).toHaveLength(1);
    expect(tags.filter((t) => t.startsWith('meta name=robots'))).toHaveLength(1);
    expect(tags.findIndex((t) => t.startsWith('title '))).toBe(2);
  });

  it('keeps the root defaults where a page sets nothing, and says noindex where asked', () => {
    const page = render(headTags(noindexMetadata('Content errors')));
    expect(page).toContain('title Content errors · Masthead');
    expect(page).toContain('meta name=robots content=noindex, follow');
    expect(page).toContain('meta property=og:type content=website');
    expect(render(headTags(previewMetadata({ headline: 'x', state: 'draft' })))).toContain('meta name=robots content=noindex, nofollow');
  });
});
