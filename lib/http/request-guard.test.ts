import { describe, expect, it } from 'vitest';
import { canonicalTarget, movedTo, nothingHere, originForm, refusal } from './request-guard';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

describe('the request guard', () => {
  it('lets ordinary reads through', () => {
    for (const target of ['/', '/middle-east/2021/11/07/kadhimi-survives-drone-attack', '/search?q=drone&page=2', '/caf%C3%A9', 'http://127.0.0.1:3000/tags']) {
      expect(refusal('GET', target)).toBeUndefined();
      expect(refusal('HEAD', target)).toBeUndefined();
    }
    expect(refusal('GET', '/images/a.svg', 'bytes=0-99')).toBeUndefined();
    expect(refusal('GET', '/images/a.svg', 'bytes=0-99, 200-, -50')).toBeUndefined();
  });

  it.each([
    ['POST', '/', 405],
    ['DELETE', '/images/a.svg', 405],
    ['PROPFIND', '/', 405],
    ['OPTIONS', '/', 204],
    ['TRACE', '/', 405],
    ['track', '/middle-east', 405],
    ['CONNECT', 'example.org:443', 405],
    ['GET', '*', 400],
    ['OPTIONS', '*', 204],
    ['GET', '/%zz', 400],
    ['GET', '/%ff%fe', 400],
    ['GET', '/a%00b', 400],
    ['GET', '/%0d%0aSet-Cookie:%20x=1', 400],
    ['GET', 'http://evil.example/%zz', 400],
    ['GET', `/${'a'.repeat(1024)}`, 414], // 1,025 characters: one past the longest address answered
    ['GET', `/${'a'.repeat(1024)}?q=1`, 414],
  ])('answers %s %s with %i and the security headers', (method, target, status) => {
    const refused = refusal(method, target);
    expect(refused?.status).toBe(status);
    expect(refused?.headers['Content-Security-Policy']).toContain("default-src 'self'");
    expect(refused?.headers['Cache-Control']).toBe('no-store');
    if (status === 405 || status === 204) expect(refused?.headers.Allow).toBe('GET, HEAD');
    if (status === 204) expect(refused?.body).toBeNull();
  });

  it('judges the path alone: a long or odd query is the page’s to answer', () => {
    expect(refusal('GET', `/search?q=${'x'.repeat(4000)}`)).toBeUndefined();
    expect(refusal('GET', '/search?q=%zz')).toBeUndefined();
    expect(refusal('GET', '/#/../../etc/passwd')).toBeUndefined();
  });

  it('refuses a malformed Range header', () => {
    expect(refusal('GET', '/images/a.svg', 'bytes=junk')?.status).toBe(416);
    expect(refusal('GET', '/images/a.svg', 'bytes=999999-1, -0, junk')?.status).toBe(416);
  });

  it("leaves the host's analytics collector alone", () => {
    expect(refusal('POST', '/_vercel/insights/view')).toBeUndefined();
    expect(refusal('POST', 'http://127.0.0.1/_vercel/insights/event')).toBeUndefined();
  });

  it('leaves targets with no path to Next', () => {
    expect(refusal('GET', 'middle-east')).toBeUndefined();
  });
});

describe('the address a request is answered at', () => {
  it('is the path of an absolute-form target, whatever host it names', () => {
    expect(originForm('http://evil.example/middle-east')).toBe('/middle-east');
    expect(originForm('https://evil.example')).toBe('/');
    expect(originForm('http://evil.example?x=1')).toBe('?x=1');
    expect(originForm('HTTP://127.0.0.1:3000/tags?q=1')).toBe('/tags?q=1');
    expect(originForm('/middle-east')).toBe('/middle-east');
  });

  it('is spelled one way: unreserved characters plain, dot segments resolved, one slash at a time', () => {
    const cases: [string, string | undefined][] = [
      ['/middle-east', undefined],
      ['/%6diddle-east', '/middle-east'],
      ['/%6Diddle%2Deast?x=%6d', '/middle-east?x=%6d'],
      ['/tags/ira%71/page/%32', '/tags/iraq/page/2'],
      ['/a/../middle-east', '/middle-east'],
      ['/./middle-east/.', '/middle-east/'],
      ['/%2e%2e/%2E%2E/package.json', '/package.json'],
      ['/middle-east/..', '/'],
      ['//evil.example/', '/evil.example/'],
      ['/%2e%2e//evil.example', '/evil.example'],
      ['/a//b///c', '/a/b/c'],
      ['/\\..\\..\\etc\\passwd', '/etc/passwd'],
      ['/x#/../../etc', undefined],
      // Escapes of other characters are the page's to read; a trailing slash is Next's to redirect.
      ['/caf%C3%A9', undefined],
      ['/a%2Fb', undefined],
      ['/middle-east/', undefined],
      ['/', undefined],
      ['/search?q=../../x&page=%32', undefined],
    ];
    expect(cases.map(([target]) => [target, canonicalTarget(target)])).toEqual(cases);
  });

  it('is where a redirect to the one spelling goes, briefly kept, with the security headers', () => {
    const moved = movedTo('/middle-east');
    expect(moved.status).toBe(308);
    expect(moved.headers.Location).toBe('/middle-east');
    expect(moved.headers['Cache-Control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    expect(moved.headers['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    const missing = nothingHere();
    expect([missing.status, missing.body, missing.headers['Cache-Control']]).toEqual([404, 'Not found\n', 'public, max-age=0, s-maxage=60, stale-while-revalidate=60']);
    expect(missing.headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});

describe('the security headers', () => {
  const hash = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;

  it('allow scripts from the site and the site’s own inline scripts by hash, nothing else', () => {
    for (const analytics of [false, true]) {
      const [self, ...inline] = contentSecurityPolicy({ analytics })['script-src'] ?? [];
      expect(self).toBe("'self'");
      expect(inline.length).toBe(analytics ? 2 : 1);
      for (const source of inline) expect(source).toMatch(hash);
    }
    const policy = contentSecurityPolicy();
    expect(Object.values(policy).flat().filter((s) => /^https?:|\*/.test(s))).toEqual([]);
    expect(policy['script-src']?.join(' ')).not.toMatch(/unsafe|nonce/);
  });

  it('let `next dev` run its runtime: inline scripts and eval, development only', () => {
    expect(contentSecurityPolicy({ dev: true })['script-src']).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
  });

  it('name each header once', () => {
    const names = securityHeaders().map((h) => h.key.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});
