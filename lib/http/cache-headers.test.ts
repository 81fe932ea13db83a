import { describe, expect, it } from 'vitest';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { cacheHeaders } from './cache-headers';

/** The Cache-Control these rules give `pathname`, as Next's router applies them: a later rule's value replaces an earlier one's. */
function cacheControlOf(pathname: string): string | undefined {
  let value: string | undefined;
  for (const rule of cacheHeaders()) {
    if (!getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(pathname)) continue;
    for (const header of rule.headers) if (header.key === 'Cache-Control') value = header.value;
  }
  return value;
}

const FRONT = 'public, max-age=0, s-maxage=30, stale-while-revalidate=600, stale-if-error=86400';
const ARTICLE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=3600, stale-if-error=86400';
const LIVE = 'public, max-age=0, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400';
const LIVE_PAGE = 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400';
const CARD = 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400';
const IMAGE = 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800';

describe('the cache rules of next.config.js', () => {
  it('give every address the site answers a policy of the site’s, none of Next’s defaults', () => {
    const expected: [string, string][] = [
      ['/', FRONT],
      ['/middle-east', FRONT],
      ['/search', FRONT],
      ['/tags', FRONT],
      ['/tags/iraq', FRONT],
      ['/authors/middle-east-desk', FRONT],
      ['/middle-east/page/2', FRONT],
      ['/tags/iraq/page/3', FRONT],
      ['/authors/middle-east-desk/page/2', FRONT],
      ['/feed.xml', FRONT],
      ['/atom.xml', FRONT],
      ['/feed.json', FRONT],
      ['/middle-east/feed.xml', FRONT],
      ['/sitemap.xml', FRONT],
      ['/news-sitemap.xml', FRONT],
      ['/sitemaps/articles-1.xml', FRONT],
      ['/robots.txt', FRONT],
      ['/middle-east/2021/11/07/kadhimi-survives-drone-attack', ARTICLE],
      ['/middle-east/2021/11/07/night/page/2', LIVE_PAGE],
      ['/middle-east/2021/11/07/night/feed.json', LIVE],
      ['/middle-east/2021/11/07/night/atom.xml', LIVE],
      ['/og/articles/kadhimi-survives-drone-attack.png', CARD],
      ['/og/sections/middle-east.png', CARD],
      ['/og/site.png', CARD],
      ['/og/logo.png', CARD],
      ['/images/green-zone-map.png', IMAGE],
      ['/icon.svg', IMAGE],
    ];
    expect(expected.map(([pathname]) => [pathname, cacheControlOf(pathname)])).toEqual(expected);
  });

  it('leave the build’s hashed files and the image optimiser to Next, which sends their policies itself', () => {
    for (const pathname of ['/_next/static/chunks/a.css', '/_next/image']) expect(cacheControlOf(pathname), pathname).toBeUndefined();
  });

  it('leave draft mode private: no rule applies to a request with its cookie', () => {
    for (const rule of cacheHeaders()) expect(rule.missing).toEqual([{ type: 'cookie', key: '__prerender_bypass' }]);
  });
});
