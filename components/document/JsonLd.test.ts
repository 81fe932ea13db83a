import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '@/lib/seo/fixtures/fixture-newsroom';
import { newsArticleJsonLd } from '@/lib/seo/jsonld';
import { JsonLd } from './JsonLd';

describe('JsonLd', () => {
  it('renders one script element that a headline containing </script> cannot close', () => {
    const data = newsArticleJsonLd(fixtureArticle('inside-window'));
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
    const body = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html)?.[1] ?? '';
    expect(JSON.parse(body)).toEqual(data);
  });
});
