import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../site/config';
import { fixtureArticle } from './fixtures/fixture-newsroom';
import { inlineJson } from '../http/inline-json';
import { articleCrumbs, breadcrumbJsonLd, frontPageJsonLd, liveBlogPostingJsonLd, newsArticleJsonLd } from './jsonld';
import { articleUrl } from './urls';

describe('JSON-LD written inline (inlineJson)', () => {
  it('cannot close the script element, whatever the headline says', () => {
    const article = fixtureArticle('inside-window');
    expect(article.headline).toContain('</script>');
    const json = inlineJson(newsArticleJsonLd(article));
    expect(json).not.toMatch(/<\/?script/i);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('reads back as the same data', () => {
    const data = newsArticleJsonLd(fixtureArticle('inside-window'));
    expect(JSON.parse(inlineJson(data))).toEqual(data);
    const tricky = { '@type': 'Thing', name: 'a\u2028b\u2029c <!-- --> & ]]>' };
    expect(inlineJson(tricky)).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(inlineJson(tricky))).toEqual(tricky);
  });
});

describe('newsArticleJsonLd', () => {
  it('has the fields Google recommends for a news article', () => {
    const article = fixtureArticle('inside-window');
    const ld = newsArticleJsonLd(article);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      description: article.standfirst,
      datePublished: '2021-11-08T09:00:00+00:00',
      dateModified: '2021-11-08T12:30:00+00:00',
      mainEntityOfPage: { '@type': 'WebPage', '@id': articleUrl(article) },
      articleSection: 'World',
      keywords: ['Iraq', '<Tags> & such'],
      inLanguage: 'en-GB',
      isAccessibleForFree: true,
      author: [
        { '@type': 'Organization', name: 'World desk', url: absoluteUrl('/authors/world-desk') },
        { '@type': 'Organization', name: 'Fixture newsroom', url: absoluteUrl('/authors/newsroom') },
      ],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Masthead', logo: { '@type': 'ImageObject', url: absoluteUrl('/og/logo.png') } },
    });
    expect(ld.image).toEqual([
      expect.objectContaining({ url: absoluteUrl('/images/world-reaction-kadhimi.png'), width: 1600, height: 900 }),
      expect.objectContaining({ url: absoluteUrl('/og/articles/inside-window.png'), width: 1200, height: 630 }),
    ]);
  });

  it('dates an unedited article modified when it was published', () => {
    expect(newsArticleJsonLd(fixtureArticle('outside-window')).dateModified).toBe('2021-11-06T08:00:00+00:00');
  });
});

describe('breadcrumbs and the front page', () => {
  it('lead from the front page through the section to the article', () => {
    const article = fixtureArticle('outside-window');
    const ld = breadcrumbJsonLd(articleCrumbs(article));
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Masthead', item: absoluteUrl('/') },
      { '@type': 'ListItem', position: 2, name: 'Analysis', item: absoluteUrl('/analysis') },
      { '@type': 'ListItem', position: 3, name: article.headline, item: articleUrl(article) },
    ]);
  });

  it('names the WebSite and its NewsMediaOrganization', () => {
    const graph = frontPageJsonLd()['@graph'];
    expect(graph).toEqual([
      expect.objectContaining({ '@type': 'WebSite', url: absoluteUrl('/'), publisher: { '@id': `${absoluteUrl('/')}#organization` } }),
      expect.objectContaining({ '@type': 'NewsMediaOrganization', '@id': `${absoluteUrl('/')}#organization` }),
    ]);
  });
});

describe('liveBlogPostingJsonLd', () => {
  const blog = { ...fixtureArticle('outside-window'), closedAt: '2021-11-06T20:00:00+00:00', keyPoints: ['One.'], pinned: undefined };
  const desk = { id: 'world-desk', name: 'World desk', kind: 'desk' as const };
  const updates = [
    { id: 'late', at: '2021-11-06T19:30:00+00:00', title: 'Cabinet meets', text: 'The cabinet met in the evening.', author: desk },
    { id: '2021-11-06T0910-first', at: '2021-11-06T09:10:00+00:00', text: 'First reports came in before dawn. More followed.' },
  ];

  it('is a LiveBlogPosting with the coverage window, dated by its newest update', () => {
    const ld = liveBlogPostingJsonLd(blog, updates);
    const url = articleUrl(blog);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      '@id': `${url}#liveblog`,
      url,
      headline: blog.headline,
      datePublished: '2021-11-06T08:00:00+00:00',
      dateModified: '2021-11-06T19:30:00+00:00',
      coverageStartTime: '2021-11-06T08:00:00+00:00',
      coverageEndTime: '2021-11-06T20:00:00+00:00',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Masthead' },
      articleSection: 'Analysis',
    });
  });

  it('lists each update as a BlogPosting whose url is its permalink', () => {
    const ld = liveBlogPostingJsonLd(blog, updates);
    expect(ld.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        '@id': absoluteUrl('/analysis/2021/11/06/outside-window/updates/late'),
        url: absoluteUrl('/analysis/2021/11/06/outside-window/updates/late'),
        headline: 'Cabinet meets',
        datePublished: '2021-11-06T19:30:00+00:00',
        articleBody: 'The cabinet met in the evening.',
        author: [{ '@type': 'Organization', name: 'World desk', url: absoluteUrl('/authors/world-desk') }],
      },
      {
        '@type': 'BlogPosting',
        '@id': absoluteUrl('/analysis/2021/11/06/outside-window/updates/2021-11-06T0910-first'),
        url: absoluteUrl('/analysis/2021/11/06/outside-window/updates/2021-11-06T0910-first'),
        headline: 'First reports came in before dawn.',
        datePublished: '2021-11-06T09:10:00+00:00',
        articleBody: 'First reports came in before dawn. More followed.',
      },
    ]);
  });

  it('has no end while coverage is open, and is dated by all updates, not only the page’s', () => {
    const open = liveBlogPostingJsonLd({ ...blog, closedAt: undefined }, updates.slice(1), updates);
    expect(open).not.toHaveProperty('coverageEndTime');
    expect(open.dateModified).toBe('2021-11-06T19:30:00+00:00');
    expect(open.liveBlogUpdate).toHaveLength(1);
  });
});
