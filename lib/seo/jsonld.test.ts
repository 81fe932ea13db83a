import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../site/config';
import { fixtureArticle } from './fixtures/fixture-newsroom';
import { inlineJson } from '../http/inline-json';
import { articleCrumbs, breadcrumbJsonLd, frontPageJsonLd, newsArticleJsonLd } from './jsonld';
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
