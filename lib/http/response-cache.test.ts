import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseCache, sharedLifetime } from './response-cache';

const PAGE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=3600';

/** A server standing in for Next: every answer it renders says how many it has rendered. */
async function serve(render: (request: IncomingMessage, response: ServerResponse, count: number) => void, budget = 64 * 1024) {
  let clock = 1_000_000;
  const cache = new ResponseCache(() => clock, budget);
  let count = 0;
  const server: Server = createServer((request, response) => {
    if (cache.answer(request, response)) return;
    cache.watch(request, response);
    render(request, response, ++count);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    cache,
    port: typeof address === 'object' && address ? address.port : 0,
    get: (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${base}${path}`, { headers, method }),
    later: (ms: number) => {
      clock += ms;
    },
  };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function page(cacheControl = PAGE) {
  return (_request: IncomingMessage, response: ServerResponse, count: number) => {
    response.statusCode = 200;
    response.setHeader('Cache-Control', cacheControl);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('X-Frame-Options', 'DENY');
    response.write('<p>rendered ');
    response.end(`${count}</p>`);
  };
}

/** A page of `bytes` bytes, its address written over and over. */
function sized(bytes: number) {
  return (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('Cache-Control', PAGE);
    response.end(Buffer.alloc(bytes, request.url ?? ''));
  };
}

describe('the one-second response cache', () => {
  it('answers the same request within the second with the bytes and headers Next sent, then asks Next again', async () => {
    const site = await serve(page());
    const first = await site.get('/world/story');
    expect(await first.text()).toBe('<p>rendered 1</p>');
    site.later(400);
    const second = await site.get('/world/story');
    expect(await second.text()).toBe('<p>rendered 1</p>');
    expect(second.status).toBe(200);
    expect(second.headers.get('cache-control')).toBe(PAGE);
    expect(second.headers.get('x-frame-options')).toBe('DENY');
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(second.headers.get('content-length')).toBe('17');
    expect(second.headers.get('age')).toBe('0');
    expect(second.headers.get('date')).not.toBeNull();
    site.later(600);
    expect(await (await site.get('/world/story')).text()).toBe('<p>rendered 2</p>');
    expect(await (await site.get('/world/other')).text()).toBe('<p>rendered 3</p>');
  });

  it('keeps compressed and plain answers apart, byte for byte', async () => {
    const site = await serve((request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      response.setHeader('Vary', 'Accept-Encoding');
      if (String(request.headers['accept-encoding']).includes('gzip')) {
        response.setHeader('Content-Encoding', 'gzip');
        response.end(gzipSync(`zipped ${count}`));
      } else response.end(`plain ${count}`);
    });
    expect(await (await site.get('/', { 'accept-encoding': 'gzip' })).text()).toBe('zipped 1');
    expect(await (await site.get('/', { 'accept-encoding': 'identity' })).text()).toBe('plain 2');
    const zipped = await site.get('/', { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toBe('zipped 1');
    expect(await (await site.get('/', { 'accept-encoding': 'identity' })).text()).toBe('plain 2');
  });

  it.each([
    ['a private answer', 'private, max-age=60'],
    ['an answer never to be stored', 'no-store'],
    ['one to check each time', 'public, no-cache, s-maxage=60'],
    ['one with no shared lifetime', 'public, max-age=0'],
    ['a page without Cache-Control', ''],
  ])('leaves %s to Next every time', async (_name, cacheControl) => {
    const site = await serve(page(cacheControl));
    await site.get('/a');
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 2</p>');
  });

  it('answers a HEAD through Next, and keeps no answer for a request with cookies or credentials, a miss or an answer setting a cookie', async () => {
    const site = await serve((request, response, count) => {
      response.statusCode = request.url === '/missing' ? 404 : 200;
      response.setHeader('Cache-Control', PAGE);
      if (request.url === '/session') response.setHeader('Set-Cookie', 'id=1');
      response.end(String(count));
    });
    for (const [path, headers] of [
      ['/a', { cookie: '__prerender_bypass=1' }],
      ['/b', { authorization: 'Basic eDp5' }],
      ['/missing', {}],
      ['/session', {}],
    ] as const) {
      const first = Number(await (await site.get(path, headers)).text());
      expect(Number(await (await site.get(path, headers)).text()), path).toBe(first + 1);
    }
    // A HEAD goes to Next, which renders again, and leaves the kept GET answer as it was.
    expect(await (await site.get('/c')).text()).toBe('9');
    expect((await site.get('/c', {}, 'HEAD')).headers.get('content-length')).toBeNull();
    expect(await (await site.get('/c')).text()).toBe('9');
    expect(await (await site.get('/c', {}, 'HEAD')).text()).toBe('');
    expect(await (await site.get('/d')).text()).toBe('12');
  });

  it('keeps one copy per value of each header the answer varies on, and none for Vary: *', async () => {
    const site = await serve((request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      response.setHeader('Vary', request.url === '/any' ? '*' : 'Accept, Accept-Language');
      response.end(`${count}`);
    });
    await site.get('/any');
    expect(await (await site.get('/any')).text()).toBe('2');
    expect(await (await site.get('/page', { accept: 'image/avif' })).text()).toBe('3');
    expect(await (await site.get('/page')).text()).toBe('4');
    expect(await (await site.get('/page', { 'accept-language': 'ar' })).text()).toBe('5');
    expect(await (await site.get('/page', { accept: 'image/avif' })).text()).toBe('3');
    expect(await (await site.get('/page')).text()).toBe('4');
    expect(await (await site.get('/page', { 'accept-language': 'ar' })).text()).toBe('5');
    // A header the answer does not vary on makes no copy of its own.
    expect(await (await site.get('/page', { 'user-agent': 'another reader' })).text()).toBe('4');
  });

  it('leaves to Next a request for part of a file, a conditional request and one carrying the headers Next reads itself', async () => {
    const site = await serve(page());
    expect(await (await site.get('/file')).text()).toBe('<p>rendered 1</p>');
 const asides: Record<string, string>[] = [{ range: 'bytes=0-3' }, { 'if-none-match': '"x"' }, { 'if-modified-since': 'Tue, 09 Nov 2021 15:00:00 GMT' }, { 'x-nextjs-data': '1' }, { 'x-middleware-subrequest': 'a' }, { rsc: '1' }, { 'next-router-prefetch': '1' }];
    for (const headers of asides) {
      const before = site.cache.size.answers;
      expect(await (await site.get('/file', headers)).text(), JSON.stringify(headers)).not.toBe('<p>rendered 1</p>');
      expect(site.cache.size.answers).toBe(before);
    }
    expect(await (await site.get('/file')).text()).toBe('<p>rendered 1</p>');
  });

  it('holds no more than its budget, dropping the oldest first', async () => {
    const site = await serve(sized(20 * 1024));
    for (const path of ['/1', '/2', '/3', '/4']) await site.get(path);
    expect(site.cache.size).toEqual({ answers: 3, bytes: 60 * 1024 });
    site.later(1_000);
    await site.get('/5');
    expect(site.cache.size).toEqual({ answers: 1, bytes: 20 * 1024 });
  });
});

describe('the bytes it keeps', () => {
  it('are the bytes Next sent, however it wrote them: strings in any encoding, buffers, views into larger ones, an end with no bytes', async () => {
    const site = await serve((_request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      response.write(`${count} é `);
      response.write('aGVsbG8=', 'base64');
      response.write(Buffer.from(' buffer '));
      response.write(new Uint8Array([0x61, 0x76, 0x69, 0x65, 0x77, 0x7a]).subarray(1, 5));
      response.write(' written', () => undefined);
      response.end(() => undefined);
    });
    const sent = Buffer.from(await (await site.get('/pieces')).arrayBuffer());
    expect(sent.toString()).toBe('1 é hello buffer view written');
    const kept = await site.get('/pieces');
    expect(Buffer.from(await kept.arrayBuffer()).equals(sent)).toBe(true);
    expect(kept.headers.get('content-length')).toBe(String(sent.length));
  });

  it('are at most 512 KB for one answer: a larger one is left to Next, however it was written', async () => {
    const LIMIT = 512 * 1024;
    const site = await serve((request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      const fill = String(count % 10);
      if (request.url === '/limit') response.end(Buffer.alloc(LIMIT, fill));
      else if (request.url === '/one-more') {
        response.write(Buffer.alloc(LIMIT, fill));
        response.end(fill);
      } else {
        response.write(Buffer.alloc(LIMIT + 1, fill));
        response.end(fill);
      }
    }, 4 * 1024 * 1024);
    const body = async (path: string) => Buffer.from(await (await site.get(path)).arrayBuffer());
    expect((await body('/limit')).length).toBe(LIMIT);
    expect(await body('/limit')).toEqual(Buffer.alloc(LIMIT, '1'));
    for (const path of ['/one-more', '/well-over']) {
      const first = await body(path);
      const second = await body(path);
      expect(second.length, path).toBe(first.length);
      expect(second[0], path).not.toBe(first[0]);
    }
    expect(site.cache.size.answers).toBe(1);
  });
});

describe('what it keeps, and for how long', () => {
  it('keeps an answer ended with no bytes or with null, as Node allows', async () => {
    const site = await serve((request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      response.write(`rendered ${count}`);
      if (request.url === '/null') response.end(null);
      else response.end();
    });
    for (const path of ['/empty', '/null']) {
      const first = await (await site.get(path)).text();
      expect(await (await site.get(path)).text(), path).toBe(first);
    }
  });

  it('holds nothing it may not keep', async () => {
    const site = await serve(page('no-store'));
    await site.get('/a');
    expect(site.cache.size).toEqual({ answers: 0, bytes: 0 });
  });

  it('keeps one copy when two readers asked for the same page at once', async () => {
    const site = await serve((_request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      setTimeout(() => response.end(`rendered ${count}`), 50);
    });
    const both = await Promise.all([site.get('/same'), site.get('/same')]);
    expect((await Promise.all(both.map((r) => r.text()))).sort()).toEqual(['rendered 1', 'rendered 2']);
    expect(site.cache.size).toEqual({ answers: 1, bytes: 'rendered 2'.length });
  });

  it('keeps answering the copies of a page that are still fresh when an older one expires', async () => {
    const site = await serve((request, response, count) => {
      // The third answer may not be kept: the expired copy goes, and nothing takes its place.
      response.setHeader('Cache-Control', count === 3 ? 'no-store' : PAGE);
      response.setHeader('Vary', 'Accept-Language');
      response.end(`${request.headers['accept-language']} ${count}`);
    });
    expect(await (await site.get('/page', { 'accept-language': 'en' })).text()).toBe('en 1');
    site.later(500);
    expect(await (await site.get('/page', { 'accept-language': 'ar' })).text()).toBe('ar 2');
    site.later(500);
    // The English copy is a second old: asked again. The Arabic one is still answered.
    expect(await (await site.get('/page', { 'accept-language': 'en' })).text()).toBe('en 3');
    expect(await (await site.get('/page', { 'accept-language': 'ar' })).text()).toBe('ar 2');
    expect(site.cache.size.answers).toBe(1);
  });

  it('writes the date, the age and the connection afresh for each answer', async () => {
    const site = await serve((_request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      // As a cache in front of Next would have said.
      response.setHeader('Age', '100');
      response.end(`rendered ${count}`);
    });
    const first = await site.get('/a');
    expect(await first.text()).toBe('rendered 1');
    // Dates are to the second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const kept = await site.get('/a');
    expect(await kept.text()).toBe('rendered 1');
    expect(kept.headers.get('age')).toBe('0');
    expect(kept.headers.get('date')).not.toBe(first.headers.get('date'));
    // A reader who closes the connection is told so, with the headers as Next wrote them.
    const head = await new Promise<string>((resolve, reject) => {
      const socket = connect(site.port, '127.0.0.1', () => socket.write('GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('end', () => resolve(received.split('\r\n\r\n')[0] ?? ''));
      socket.on('error', reject);
    });
    const lines = head.split('\r\n');
    expect(lines[0]).toBe('HTTP/1.1 200 OK');
    expect(lines).toContain(`Cache-Control: ${PAGE}`);
    expect(lines).toContain('Connection: close');
    expect(lines.filter((line) => /^(keep-alive|transfer-encoding|age|date):/i.test(line)).map((line) => line.split(':')[0]?.toLowerCase()).sort()).toEqual(['age', 'date']);
    expect(head.toLowerCase()).not.toContain('keep-alive');
  });

  it('fills its budget exactly before it drops anything', async () => {
    const site = await serve(sized(16 * 1024));
    for (const path of ['/1', '/2', '/3', '/4']) await site.get(path);
    expect(site.cache.size).toEqual({ answers: 4, bytes: 64 * 1024 });
  });

  it('answers from a copy a request whose headers merely contain the names it leaves to Next', async () => {
    const site = await serve(page());
    await site.get('/file');
    const similar: Record<string, string>[] = [{ 'x-cookie-notice': 'seen' }, { 'cookie-consent': 'given' }, { 'x-range': '1' }, { 'if': '1' }, { 'x-invoke': '1' }, { 'x-now': '1' }, { next: '1' }];
    for (const headers of similar) {
      expect(await (await site.get('/file', headers)).text(), JSON.stringify(headers)).toBe('<p>rendered 1</p>');
    }
  });

  it('leaves to Next the requests routed by Vercel and Next’s own server', async () => {
    const site = await serve(page());
    await site.get('/file');
    const routed: Record<string, string>[] = [{ 'x-invoke-path': '/file' }, { 'x-now-route-matches': '1' }, { 'x-matched-path': '/file' }, { purpose: 'prefetch' }];
    for (const headers of routed) {
      expect(await (await site.get('/file', headers)).text(), JSON.stringify(headers)).not.toBe('<p>rendered 1</p>');
    }
  });
});

describe('a server’s cache', () => {
  it('holds 4 MB: eight answers of the largest size it keeps, and drops the oldest for a ninth', async () => {
    // A clock that stands still, so that nothing expires on a slow machine.
    const cache = new ResponseCache(() => 1_000_000);
    const server = createServer((request, response) => {
      if (cache.answer(request, response)) return;
      cache.watch(request, response);
      response.setHeader('Cache-Control', PAGE);
      response.end(Buffer.alloc(512 * 1024, request.url ?? ''));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    for (let n = 1; n <= 8; n++) await (await fetch(`${base}/${n}`)).arrayBuffer();
    expect(cache.size).toEqual({ answers: 8, bytes: 4 * 1024 * 1024 });
    await (await fetch(`${base}/9`)).arrayBuffer();
    expect(cache.size).toEqual({ answers: 8, bytes: 4 * 1024 * 1024 });
  });
});

describe('what a shared cache may keep', () => {
  it.each([
    ['public, max-age=0, s-maxage=30, stale-while-revalidate=600', 30_000],
    ['s-maxage=30, stale-while-revalidate=31535970', 30_000],
    ['public, max-age=31536000, immutable', 31_536_000_000],
    ['public, max-age=0', 0],
    ['max-age=60', 0],
    ['private, no-cache, no-store, max-age=0, must-revalidate', 0],
    ['Public, S-MaxAge=5', 5_000],
    ['private, s-maxage=60', 0],
    ['no-store, s-maxage=60', 0],
    ['no-cache, s-maxage=60', 0],
    ['public, max-age=60, s-maxage=0', 0],
    ['s-maxage=-5', 0],
    ['public, max-age=-5', 0],
    ['s-maxage=1e400', 0],
    ['s-maxage=soon', 0],
    ['public,s-maxage=7', 7_000],
    [undefined, 0],
  ])('%s: %i ms', (cacheControl, ms) => {
    expect(sharedLifetime(cacheControl)).toBe(ms);
  });
});
