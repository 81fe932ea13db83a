import { describe, expect, it } from 'vitest';
import { refusal, serverRefusal } from './request-guard';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

const none = new Headers();

describe('the request guard', () => {
  it('lets ordinary reads through', () => {
    for (const path of ['/', '/middle-east/2021/11/07/kadhimi-survives-drone-attack', '/search', '/caf%C3%A9']) {
      expect(refusal('GET', path, none)).toBeUndefined();
      expect(refusal('HEAD', path, none)).toBeUndefined();
    }
    expect(refusal('GET', '/images/a.svg', new Headers({ range: 'bytes=0-99' }))).toBeUndefined();
  });

  it.each([
    ['POST', '/', 405],
    ['DELETE', '/images/a.svg', 405],
    ['PROPFIND', '/', 405],
    ['OPTIONS', '/', 204],
    ['GET', '/%zz', 400],
    ['GET', '/%ff%fe', 400],
    ['GET', '/a%00b', 400],
    ['GET', '/%0d%0aSet-Cookie:%20x=1', 400],
    ['GET', `/${'a'.repeat(1024)}`, 414], // 1,025 characters: one past the longest address answered
  ])('answers %s %s with %i and the security headers', (method, path, status) => {
    const refused = refusal(method, path, none);
    expect(refused?.status).toBe(status);
    expect(refused?.headers['Content-Security-Policy']).toContain("default-src 'self'");
    if (status === 405 || status === 204) expect(refused?.headers.Allow).toBe('GET, HEAD');
    if (status === 204) expect(refused?.body).toBeNull();
  });

  it('refuses a malformed Range header', () => {
    expect(refusal('GET', '/images/a.svg', new Headers({ range: 'bytes=junk' }))?.status).toBe(416);
  });

  it("leaves the host's analytics collector alone", () => {
    expect(refusal('POST', '/_vercel/insights/view', none)).toBeUndefined();
  });
});

describe('the guard in front of Next', () => {
  it.each([
    ['TRACE', '/', 405],
    ['track', '/middle-east', 405],
    ['CONNECT', 'example.org:443', 405],
    ['GET', '*', 400],
    ['OPTIONS', '*', 204],
  ])('answers %s %s with %i and the security headers', (method, target, status) => {
    const refused = serverRefusal(method, target);
    expect(refused?.status).toBe(status);
    expect(refused?.headers['Content-Security-Policy']).toContain("default-src 'self'");
  });

  it('leaves everything else to Next and proxy.ts', () => {
    const passed: [string, string][] = [['GET', '/'], ['POST', '/'], ['OPTIONS', '/'], ['GET', '/*'], ['GET', 'http://evil.example/']];
    for (const [method, target] of passed) expect(serverRefusal(method, target)).toBeUndefined();
  });
});

describe('the security headers', () => {
  it('keep production free of eval and open to no other origin', () => {
    const policy = contentSecurityPolicy();
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(Object.values(policy).flat().filter((s) => /^https?:|\*/.test(s))).toEqual([]);
    expect(contentSecurityPolicy({ dev: true })['script-src']).toContain("'unsafe-eval'");
  });

  it('name each header once', () => {
    const names = securityHeaders().map((h) => h.key.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});
