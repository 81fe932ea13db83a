import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../testing/hostile-client';
import { ServerGuard } from './server-guard';

/**
 * The guard in front of a stand-in for Next that answers as the test tells it and notes the
 * address it was asked for. Requests go over raw sockets, so targets reach the server as sent.
 */

const BRIEF = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60';
const FRONT = 'public, max-age=0, s-maxage=30, stale-while-revalidate=600, stale-if-error=86400';

type Next = (request: IncomingMessage, response: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function guarded(next: Next, check?: (path: string) => 'page' | 'data' | 'gone' | undefined) {
  const guard = new ServerGuard();
  if (check) guard.checkAddressesWith(check);
  const asked: string[] = [];
  const server = createServer((request, response) => {
    if (guard.handle(request, response)) return;
    asked.push(request.url ?? '');
    next(request, response);
  });
  server.on('clientError', (error, socket) => guard.clientError(error, socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const address = server.address();
  const base = new URL(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
  const get = (target: string, headers: [string, string][] = []) => send(base, { label: target, method: 'GET', target, headers, expected: 200 });
  return { asked, get };
}

/** Answers like Next's redirect of a trailing slash: a Location built from the address it was given. */
const trailingSlash: Next = (request, response) => {
  response.statusCode = 308;
  response.setHeader('Location', (request.url ?? '/').replace(/\/(?=$|\?)/, ''));
  response.end();
};

describe('the server guard', () => {
  it('answers an absolute-form target for this site: no redirect leads to the host it names', async () => {
    const site = await guarded(trailingSlash);
    const answer = await site.get('http://evil.example/middle-east/');
    expect(answer.status).toBe(308);
    expect(answer.headers.get('location')).toBe('/middle-east');
    expect(site.asked).toEqual(['/middle-east/']);
  });

  it('redirects an address spelled otherwise to its one spelling before Next sees it', async () => {
    const site = await guarded(trailingSlash);
    for (const [target, location] of [
      ['/%6diddle-east', '/middle-east'],
      ['/a/../middle-east?x=1', '/middle-east?x=1'],
      ['//evil.example/x', '/evil.example/x'],
      ['http://evil.example//evil.example', '/evil.example'],
    ]) {
      const answer = await site.get(target ?? '');
      expect([answer.status, answer.headers.get('location'), answer.headers.get('cache-control')], target).toEqual([308, location, BRIEF]);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(site.asked).toEqual([]);
  });

  it('answers an address that names nothing before Next: the 404 page’s address for a page, a plain 404 for data', async () => {
    const check = (path: string) => (path === '/zz1' ? 'page' : path.startsWith('/zz1/') ? 'data' : undefined);
    const site = await guarded((request, response) => {
      response.statusCode = request.url === '/404' ? 404 : 200;
      response.setHeader('Cache-Control', FRONT);
      response.end(request.url === '/404' ? 'Page not found' : 'a page');
    }, check);
    const page = await site.get('/zz1?utm=1');
    expect([page.status, page.body, page.headers.get('cache-control')]).toEqual([404, 'Page not found', BRIEF]);
    const data = await site.get('/zz1/feed.xml');
    expect([data.status, data.body, data.headers.get('cache-control'), data.headers.get('content-type')]).toEqual([404, 'Not found\n', BRIEF, 'text/plain; charset=utf-8']);
    expect((await site.get('/_next/data/build/zz1.json')).status).toBe(404);
    expect((await site.get('/world')).status).toBe(200);
    expect(site.asked).toEqual(['/404', '/world']);
  });

  it('answers the address of a story taken down with the 410 page, as a 410 kept briefly, and the 410 page’s own address as nothing', async () => {
    const check = (path: string) => (path === '/world/2021/11/05/gone' ? 'gone' : undefined);
    const site = await guarded((request, response) => {
      response.statusCode = request.url === '/404' ? 404 : 200;
      response.setHeader('Cache-Control', FRONT);
      response.end(request.url === '/410' ? 'This story has been removed' : request.url === '/404' ? 'Page not found' : 'a page');
    }, check);
    const gone = await site.get('/world/2021/11/05/gone', [['RSC', '1']]);
    expect([gone.status, gone.body, gone.headers.get('cache-control')]).toEqual([410, 'This story has been removed', BRIEF]);
    const direct = await site.get('/410');
    expect([direct.status, direct.body]).toEqual([404, 'Page not found']);
    expect(site.asked).toEqual(['/410', '/404']);
  });

  it('settles what Next answers: the security headers on everything, errors kept by no cache, misses and redirects briefly', async () => {
    const site = await guarded((request, response) => {
      const [, status = '200', kind = ''] = /^\/(?:_next\/)?(\d{3})(?:-(\w+))?/.exec(request.url ?? '') ?? [];
      response.statusCode = Number(status);
      if (kind !== 'bare') response.setHeader('Cache-Control', FRONT);
      if (kind === 'image') response.setHeader('Content-Security-Policy', "script-src 'none'; frame-src 'none'; sandbox;");
      if (status.startsWith('3')) response.setHeader('Location', '/');
      response.end('answer');
    });
    const statusAndCache = async (target: string, headers: [string, string][] = []) => {
      const answer = await site.get(target, headers);
      expect(answer.headers.get('strict-transport-security'), target).toBe('max-age=63072000; includeSubDomains');
      expect(answer.headers.get('content-security-policy'), target).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('permissions-policy'), target).toContain('camera=()');
      return [answer.status, answer.headers.get('cache-control')];
    };
    expect(await statusAndCache('/200')).toEqual([200, FRONT]);
    expect(await statusAndCache('/500')).toEqual([500, 'no-store']);
    expect(await statusAndCache('/503-bare')).toEqual([503, 'no-store']);
    expect(await statusAndCache('/404')).toEqual([404, BRIEF]);
    expect(await statusAndCache('/308-bare')).toEqual([308, BRIEF]);
    expect(await statusAndCache('/307')).toEqual([307, BRIEF]);
    // A build file one instance lacks may be another's, during a rolling deploy.
    expect(await statusAndCache('/_next/404')).toEqual([404, 'no-store']);
    // Draft mode stays as Next leaves it.
    expect(await statusAndCache('/404', [['Cookie', '__prerender_bypass=1']])).toEqual([404, FRONT]);
    const image = await site.get('/200-image');
    expect(image.headers.get('content-security-policy')).toMatch(/^default-src 'self'; .*frame-ancestors 'none'; sandbox$/);
  });

  it("answers what Node cannot parse with the site's headers, as Node would", async () => {
    const site = await guarded(trailingSlash);
    const tooLarge = await site.get('/', [['X-Junk', 'x'.repeat(20_000)]]);
    expect(tooLarge.status).toBe(431);
    const bad = await site.get('/', [['X-Junk', 'a\u0001b']]);
    expect(bad.status).toBe(400);
    for (const answer of [tooLarge, bad]) {
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('connection')).toBe('close');
    }
    expect(site.asked).toEqual([]);
  });
});

describe('surrogate keys and the revalidation endpoint', () => {
  async function labelled() {
    const guard = new ServerGuard();
    guard.labelAnswersWith((path, status) => (status === 200 ? ['edition:en', `article:${path.slice(1)}`] : ['edition:en', 'misses']));
    const asked: string[] = [];
    const server = createServer((request, response) => {
      if (guard.handle(request, response)) return;
      asked.push(`${request.method ?? ''} ${request.url ?? ''}`);
      response.statusCode = request.url === '/404' ? 404 : 200;
      response.setHeader('Cache-Control', FRONT);
      response.end('page');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const address = server.address();
    const base = new URL(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    const ask = (method: string, target: string, headers: [string, string][] = []) => send(base, { label: target, method, target, headers, expected: 200 });
    return { guard, asked, ask };
  }

  it('labels every answer with the keys of its address, and remembers the pages it answered with them', async () => {
    const site = await labelled();
    expect((await site.ask('GET', '/one')).headers.get('surrogate-key')).toBe('edition:en article:one');
    expect((await site.ask('GET', '/two?utm=x')).headers.get('surrogate-key')).toBe('edition:en article:two');
    await site.ask('GET', '/three');
    expect(site.guard.answeredWith(new Set(['article:one', 'article:three']))).toEqual(['/one', '/three']);
    // A query's answer is not a page Next keeps, so it is not regenerated.
    expect(site.guard.answeredWith(new Set(['article:two']))).toEqual([]);
  });

  it('answers every request for the endpoint without its secret as an address that names nothing, and lets the one with it through', async () => {
    vi.stubEnv('MASTHEAD_REVALIDATE_SECRET', 'the-right-secret');
    const site = await labelled();
    const read = await site.ask('GET', '/api/revalidate');
    expect(read.status).toBe(404);
    expect(read.headers.get('cache-control')).toBe(BRIEF);
    for (const headers of [[], [['Authorization', 'Bearer the-wrong-secret']], [['Authorization', 'the-right-secret']]] satisfies [string, string][][]) {
      const post = await site.ask('POST', '/api/revalidate', headers);
      expect(post.status).toBe(404);
      expect(post.headers.get('cache-control')).toBe(BRIEF);
      expect(post.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await site.ask('POST', '/api/revalidate', [['Authorization', 'Bearer the-right-secret']])).status).toBe(200);
    // The read reached Next as the site's 404 page; only the request with the secret reached the endpoint.
    expect(site.asked).toEqual(['GET /404', 'POST /api/revalidate']);
    vi.unstubAllEnvs();
  });
});
