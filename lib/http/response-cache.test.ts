import { createServer, IncomingMessage, type Server, ServerResponse } from 'node:http';
import { connect, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { beforeHead } from './answer-policy';
import { ResponseCache, sharedLifetime } from './response-cache';

const PAGE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=3600';

/** A server standing in for Next, with the cache in front as the server guard puts it: every answer it renders says how many it has rendered. */
async function serve(render: (request: IncomingMessage, response: ServerResponse, count: number) => void, budget = { bytes: 64 * 1024, queries: 16 * 1024 }) {
  let clock = 1_000_000;
  const cache = new ResponseCache(() => clock, budget.bytes, budget.queries);
  let count = 0;
  const server: Server = createServer((request, response) => {
    if (cache.answer(request, response)) return;
    beforeHead(response, (status) => (status >= 500 ? cache.standInFor(request, response) : undefined));
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
  it('keeps an answer asked for again within the second, answers the same request with the bytes and headers Next sent, then asks Next again', async () => {
    const site = await serve(page());
    expect(await (await site.get('/world/story')).text()).toBe('<p>rendered 1</p>');
    // Asked for once: not kept. Asked for again: kept, and the third is answered from it.
    expect(await (await site.get('/world/story')).text()).toBe('<p>rendered 2</p>');
    site.later(400);
    const third = await site.get('/world/story');
    expect(await third.text()).toBe('<p>rendered 2</p>');
    expect(third.status).toBe(200);
    expect(third.headers.get('cache-control')).toBe(PAGE);
    expect(third.headers.get('x-frame-options')).toBe('DENY');
    expect(third.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(third.headers.get('content-length')).toBe('17');
    expect(third.headers.get('age')).toBe('0');
    expect(third.headers.get('date')).not.toBeNull();
    site.later(600);
    expect(await (await site.get('/world/story')).text()).toBe('<p>rendered 3</p>');
    expect(await (await site.get('/world/story')).text()).toBe('<p>rendered 3</p>');
    expect(await (await site.get('/world/other')).text()).toBe('<p>rendered 4</p>');
  });

  it('forgets every copy of an address a publish regenerated, its queries included, and nothing else', async () => {
    const site = await serve(page());
    for (const path of ['/world/story', '/world/story', '/world/story?ref=x', '/world/story?ref=x', '/world/storyline', '/world/storyline']) await site.get(path);
    site.cache.forget('/world/story');
    expect(await (await site.get('/world/story')).text()).toBe('<p>rendered 7</p>');
    expect(await (await site.get('/world/story?ref=x')).text()).toBe('<p>rendered 8</p>');
    expect(await (await site.get('/world/storyline')).text()).toBe('<p>rendered 6</p>');
  });

  it('keeps nothing for addresses asked for once, however many, and they push out nothing kept', async () => {
    const site = await serve(page());
    await site.get('/front');
    await site.get('/front');
    const kept = site.cache.size;
    expect(kept.answers).toBe(1);
    for (let i = 0; i < 300; i++) await site.get(`/front?invented=${i}`);
    for (let i = 0; i < 300; i++) await site.get(`/invented-${i}`);
    expect(site.cache.size).toEqual(kept);
    expect(await (await site.get('/front')).text()).toBe('<p>rendered 2</p>');
  });

  it('keeps addresses with a query string within a share of its own, so they cannot push out the pages', async () => {
    const site = await serve((request, response) => {
      response.setHeader('Cache-Control', PAGE);
      response.end(Buffer.alloc(6 * 1024, request.url ?? ''));
    });
    for (const path of ['/a', '/b', '/c']) for (let twice = 0; twice < 2; twice++) await site.get(path);
    expect(site.cache.size.answers).toBe(3);
    // Each asked for twice, so each is kept: only within the query share (16 KB here, two of them).
    for (let i = 0; i < 20; i++) for (let twice = 0; twice < 2; twice++) await site.get(`/a?q=${i}`);
    expect(site.cache.size.answers).toBe(5);
    // What it holds is counted on both shelves: five answers of 6 KB.
    expect(site.cache.size.bytes).toBeGreaterThan(5 * 6 * 1024);
    for (const path of ['/a', '/b', '/c']) expect((await site.get(path)).headers.get('age'), path).toBe('0');
  });

  it('counts addresses and headers with bodies: a huge header the answer varies on takes its room', async () => {
    const site = await serve((_request, response) => {
      response.setHeader('Cache-Control', PAGE);
      response.setHeader('Vary', 'Accept-Encoding');
      response.end('tiny');
    });
    const huge = { 'accept-encoding': `gzip;q=1, ${'x'.repeat(3_800)}` };
    await site.get('/small', huge);
    await site.get('/small', huge);
    expect(site.cache.size.answers).toBe(1);
    expect(site.cache.size.bytes).toBeGreaterThan(3_800 + 4);
    // 64 KB hold about fifteen such answers at most, whatever their bodies.
    for (let i = 0; i < 40; i++) for (let twice = 0; twice < 2; twice++) await site.get(`/p${i}`, huge);
    expect(site.cache.size.bytes).toBeLessThanOrEqual(48 * 1024);
    expect(site.cache.size.answers).toBeLessThan(13);
  });

  it('keeps compressed and plain answers apart, byte for byte, and at most four copies of one address', async () => {
    const site = await serve((request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      response.setHeader('Vary', 'Accept-Encoding');
      if (String(request.headers['accept-encoding']).includes('gzip')) {
        response.setHeader('Content-Encoding', 'gzip');
        response.end(gzipSync(`zipped ${count}`));
      } else response.end(`plain ${count}`);
    });
    expect(await (await site.get('/', { 'accept-encoding': 'gzip' })).text()).toBe('zipped 1');
    expect(await (await site.get('/', { 'accept-encoding': 'gzip' })).text()).toBe('zipped 2');
    expect(await (await site.get('/', { 'accept-encoding': 'identity' })).text()).toBe('plain 3');
    const zipped = await site.get('/', { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toBe('zipped 2');
    expect(await (await site.get('/', { 'accept-encoding': 'identity' })).text()).toBe('plain 3');
    for (const value of ['br', 'zstd', 'deflate', 'compress']) await site.get('/', { 'accept-encoding': value });
    expect(site.cache.size.answers).toBe(4);
    expect(await (await site.get('/', { 'accept-encoding': 'gzip' })).text()).toBe('zipped 8');
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
    await site.get('/a');
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 3</p>');
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
      await site.get(path, headers);
      const second = Number(await (await site.get(path, headers)).text());
      expect(Number(await (await site.get(path, headers)).text()), path).toBe(second + 1);
    }
    // A HEAD goes to Next, which renders again, and leaves the kept GET answer as it was.
    await site.get('/c');
    expect(await (await site.get('/c')).text()).toBe('14');
    expect((await site.get('/c', {}, 'HEAD')).headers.get('content-length')).toBeNull();
    expect(await (await site.get('/c')).text()).toBe('14');
    expect(await (await site.get('/c', {}, 'HEAD')).text()).toBe('');
  });

  it('keeps one copy per value of each header the answer varies on, and none for Vary: *', async () => {
    const site = await serve((request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      response.setHeader('Vary', request.url === '/any' ? '*' : 'Accept, Accept-Language');
      response.end(`${count}`);
    });
    await site.get('/any');
    await site.get('/any');
    expect(await (await site.get('/any')).text()).toBe('3');
    // The address has been asked for: what follows is kept, a copy per value.
    expect(await (await site.get('/page', { accept: 'text/html' })).text()).toBe('4');
    expect(await (await site.get('/page', { accept: 'image/avif' })).text()).toBe('5');
    expect(await (await site.get('/page')).text()).toBe('6');
    expect(await (await site.get('/page', { 'accept-language': 'ar' })).text()).toBe('7');
    expect(await (await site.get('/page', { accept: 'image/avif' })).text()).toBe('5');
    expect(await (await site.get('/page')).text()).toBe('6');
    expect(await (await site.get('/page', { 'accept-language': 'ar' })).text()).toBe('7');
    // A header the answer does not vary on makes no copy of its own.
    expect(await (await site.get('/page', { 'user-agent': 'another reader' })).text()).toBe('6');
  });

  it('leaves to Next a request for part of a file, a conditional request and one carrying the headers Next reads itself', async () => {
    const site = await serve(page());
    await site.get('/file');
    expect(await (await site.get('/file')).text()).toBe('<p>rendered 2</p>');
    const asides: Record<string, string>[] = [{ range: 'bytes=0-3' }, { 'if-none-match': '"x"' }, { 'if-modified-since': 'Tue, 09 Nov 2021 15:00:00 GMT' }, { 'x-nextjs-data': '1' }, { 'x-middleware-subrequest': 'a' }, { rsc: '1' }, { 'next-router-prefetch': '1' }];
    for (const headers of asides) {
      for (let twice = 0; twice < 2; twice++) {
        const before = site.cache.size.answers;
        expect(await (await site.get('/file', headers)).text(), JSON.stringify(headers)).not.toBe('<p>rendered 2</p>');
        expect(site.cache.size.answers).toBe(before);
      }
    }
    expect(await (await site.get('/file')).text()).toBe('<p>rendered 2</p>');
  });

  it('holds no more than its budget, dropping the oldest first, and drops what is a minute old', async () => {
    const site = await serve(sized(20 * 1024));
    for (const path of ['/1', '/2', '/3']) for (let twice = 0; twice < 2; twice++) await site.get(path);
    // 48 KB for addresses without a query: two answers of 20 KB and what comes with them.
    expect(site.cache.size.answers).toBe(2);
    expect((await site.get('/1')).headers.get('age')).toBeNull();
    expect((await site.get('/3')).headers.get('age')).toBe('0');
    site.later(60_000);
    for (let twice = 0; twice < 2; twice++) await site.get('/4');
    expect(site.cache.size.answers).toBe(1);
  });

  it('answers an error with the copy of the same request kept within the minute, as it was, and never keeps that again', async () => {
    let failing = false;
    const site = await serve((request, response, count) => {
      response.statusCode = failing ? 500 : 200;
      response.setHeader('Cache-Control', PAGE);
      response.end(failing ? 'Something went wrong' : `<p>rendered ${count}</p>`);
    });
    await site.get('/search?q=iraq');
    await site.get('/search?q=iraq');
    failing = true;
    site.later(30_000);
    const stoodIn = await site.get('/search?q=iraq');
    expect(stoodIn.status).toBe(200);
    expect(await stoodIn.text()).toBe('<p>rendered 2</p>');
    expect(stoodIn.headers.get('age')).toBe('30');
    // Still Next's answer each time, and never kept as a fresh one.
    expect(await (await site.get('/search?q=iraq')).text()).toBe('<p>rendered 2</p>');
    expect((await site.get('/search?q=drone')).status).toBe(500);
    site.later(30_000);
    expect((await site.get('/search?q=iraq')).status).toBe(500);
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
    await site.get('/pieces');
    const sent = Buffer.from(await (await site.get('/pieces')).arrayBuffer());
    expect(sent.toString()).toBe('2 é hello buffer view written');
    const kept = await site.get('/pieces');
    expect(Buffer.from(await kept.arrayBuffer()).equals(sent)).toBe(true);
    expect(kept.headers.get('content-length')).toBe(String(sent.length));
  });

  it('are at most 512 KB for one answer: a larger one is left to Next, however it was written', async () => {
    const LIMIT = 512 * 1024;
    const site = await serve(
      (request, response, count) => {
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
      },
      { bytes: 4 * 1024 * 1024, queries: 1024 * 1024 },
    );
    const body = async (path: string) => Buffer.from(await (await site.get(path)).arrayBuffer());
    await body('/limit');
    expect((await body('/limit')).length).toBe(LIMIT);
    expect(await body('/limit')).toEqual(Buffer.alloc(LIMIT, '2'));
    for (const path of ['/one-more', '/well-over']) {
      await body(path);
      const second = await body(path);
      const third = await body(path);
      expect(third.length, path).toBe(second.length);
      expect(third[0], path).not.toBe(second[0]);
    }
    expect(site.cache.size.answers).toBe(1);
  });
});

describe('what it keeps, and for how long', () => {
  it('leaves Node to refuse a chunk that is neither text nor bytes, and keeps nothing of that answer', async () => {
    const site = await serve((_request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      try {
        Reflect.apply(response.write, response, [count]);
      } catch (error) {
        response.end(`${error instanceof Error && 'code' in error ? String(error.code) : 'no code'} ${count}`);
      }
    });
    for (const count of [1, 2, 3]) expect(await (await site.get('/n')).text()).toBe(`ERR_INVALID_ARG_TYPE ${count}`);
  });

  it('keeps an answer ended with no bytes or with null, as Node allows', async () => {
    const site = await serve((request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      response.write(`rendered ${count}`);
      if (request.url === '/null') response.end(null);
      else response.end();
    });
    for (const path of ['/empty', '/null']) {
      await site.get(path);
      const second = await (await site.get(path)).text();
      expect(await (await site.get(path)).text(), path).toBe(second);
    }
  });

  it('holds nothing it may not keep', async () => {
    const site = await serve(page('no-store'));
    await site.get('/a');
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
    // The second reader asked for an address asked for already: its answer is the one kept.
    expect(site.cache.size.answers).toBe(1);
    expect(await (await site.get('/same')).text()).toBe('rendered 2');
  });

  it('keeps answering the copies of a page that are still fresh when an older one expires', async () => {
    const site = await serve((request, response, count) => {
      // The fourth answer may not be kept: the expired copy goes, and nothing takes its place.
      response.setHeader('Cache-Control', count === 4 ? 'no-store' : PAGE);
      response.setHeader('Vary', 'Accept-Language');
      response.end(`${request.headers['accept-language']} ${count}`);
    });
    expect(await (await site.get('/page', { 'accept-language': 'fr' })).text()).toBe('fr 1');
    expect(await (await site.get('/page', { 'accept-language': 'en' })).text()).toBe('en 2');
    site.later(500);
    expect(await (await site.get('/page', { 'accept-language': 'ar' })).text()).toBe('ar 3');
    site.later(500);
    // The English copy is a second old: asked again. The Arabic one is still answered.
    expect(await (await site.get('/page', { 'accept-language': 'en' })).text()).toBe('en 4');
    expect(await (await site.get('/page', { 'accept-language': 'ar' })).text()).toBe('ar 3');
    // Past its second, the English copy is kept only to stand in for an error.
    expect(site.cache.size.answers).toBe(2);
  });

  it('writes the date, the age and the connection afresh for each answer', async () => {
    const site = await serve((_request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      // As a cache in front of Next would have said.
      response.setHeader('Age', '100');
      response.end(`rendered ${count}`);
    });
    await site.get('/a');
    const first = await site.get('/a');
    expect(await first.text()).toBe('rendered 2');
    // Dates are to the second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const kept = await site.get('/a');
    expect(await kept.text()).toBe('rendered 2');
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

  it('fills its budget before it drops anything', async () => {
    // 48 KB for addresses without a query: three answers of 15 KB and what comes with each.
    const site = await serve(sized(15 * 1024));
    for (const path of ['/1', '/2', '/3']) for (let twice = 0; twice < 2; twice++) await site.get(path);
    expect(site.cache.size.answers).toBe(3);
    expect(site.cache.size.bytes).toBeGreaterThan(45 * 1024);
    expect(site.cache.size.bytes).toBeLessThanOrEqual(48 * 1024);
  });

  it('answers from a copy a request whose headers merely contain the names it leaves to Next', async () => {
    const site = await serve(page());
    await site.get('/file');
    await site.get('/file');
    const similar: Record<string, string>[] = [{ 'x-cookie-notice': 'seen' }, { 'cookie-consent': 'given' }, { 'x-range': '1' }, { 'if': '1' }, { 'x-invoke': '1' }, { 'x-now': '1' }, { next: '1' }];
    for (const headers of similar) {
      expect(await (await site.get('/file', headers)).text(), JSON.stringify(headers)).toBe('<p>rendered 2</p>');
    }
  });

  it('leaves to Next the requests routed by Vercel and Next’s own server', async () => {
    const site = await serve(page());
    await site.get('/file');
    await site.get('/file');
    const routed: Record<string, string>[] = [{ 'x-invoke-path': '/file' }, { 'x-now-route-matches': '1' }, { 'x-matched-path': '/file' }, { purpose: 'prefetch' }];
    for (const headers of routed) {
      expect(await (await site.get('/file', headers)).text(), JSON.stringify(headers)).not.toBe('<p>rendered 2</p>');
    }
  });
});

describe('what its budget holds', () => {
  it('counts the headers Next sent: answers with a large header take their room', async () => {
    // 12 KB for addresses without a query: two answers with a 5 KB header, whatever their bodies.
    const site = await serve(
      (_request, response) => {
        response.setHeader('Cache-Control', PAGE);
        response.setHeader('Link', `</fonts/body.woff2>; rel=preload; as=font, <${'/x'.repeat(2_500)}>; rel=preload`);
        response.end('tiny');
      },
      { bytes: 16 * 1024, queries: 4 * 1024 },
    );
    for (const path of ['/1', '/2', '/3']) for (let twice = 0; twice < 2; twice++) await site.get(path);
    expect(site.cache.size.answers).toBe(2);
    expect(site.cache.size.bytes).toBeGreaterThan(2 * 5_000);
    expect(site.cache.size.bytes).toBeLessThanOrEqual(12 * 1024);
    expect((await site.get('/1')).headers.get('age')).toBeNull();
    expect((await site.get('/3')).headers.get('age')).toBe('0');
  });

  it('refuses an answer larger than its share, and drops nothing for it', async () => {
    const site = await serve((request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      // Smaller than the largest answer it keeps (512 KB), larger than the 16 KB of the query share here.
      response.end(request.url === '/search?q=everything' ? Buffer.alloc(20 * 1024, 'everything ') : `results ${count}`);
    });
    for (const path of ['/search?q=iraq', '/search?q=basra']) for (let twice = 0; twice < 2; twice++) await site.get(path);
    const kept = site.cache.size;
    expect(kept.answers).toBe(2);
    for (let i = 0; i < 3; i++) expect((await site.get('/search?q=everything')).headers.get('age')).toBeNull();
    expect(site.cache.size).toEqual(kept);
    expect(await (await site.get('/search?q=iraq')).text()).toBe('results 2');
    expect(await (await site.get('/search?q=basra')).text()).toBe('results 4');
  });

  it('keeps an answer that costs exactly its share of the budget', async () => {
    // What the answer costs, measured on a cache with room to spare.
    const measure = await serve(page());
    for (let twice = 0; twice < 2; twice++) await measure.get('/a');
    const cost = measure.cache.size.bytes;
    const site = await serve(page(), { bytes: cost + 1024, queries: 1024 });
    for (let twice = 0; twice < 2; twice++) await site.get('/a');
    expect(site.cache.size.bytes).toBe(cost);
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 2</p>');
  });

  it('keeps a page again in place of its expired copy, costing no more than once', async () => {
    const site = await serve(page());
    for (let twice = 0; twice < 2; twice++) await site.get('/a');
    const once = site.cache.size;
    expect(once.answers).toBe(1);
    site.later(1_000);
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 3</p>');
    expect(site.cache.size).toEqual(once);
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 3</p>');
  });

  it('keeps answering the other copies of a page when the budget pushes out its oldest', async () => {
    // 48 KB for addresses without a query: two answers of 20 KB, then one of 10 KB pushes out the oldest.
    const site = await serve((request, response, count) => {
      response.setHeader('Cache-Control', PAGE);
      response.setHeader('Vary', 'Accept-Language');
      const size = request.url === '/other' ? 10 * 1024 : 20 * 1024;
      response.end(`${request.headers['accept-language']} ${count} `.padEnd(size, '.'));
    });
    const start = async (path: string, language: string) => (await (await site.get(path, { 'accept-language': language })).text()).slice(0, 5);
    expect(await start('/page', 'en')).toBe('en 1 ');
    expect(await start('/page', 'en')).toBe('en 2 ');
    expect(await start('/page', 'fr')).toBe('fr 3 ');
    for (let twice = 0; twice < 2; twice++) await start('/other', 'en');
    expect(site.cache.size.answers).toBe(2);
    expect(await start('/page', 'fr')).toBe('fr 3 ');
    expect(await start('/page', 'en')).toBe('en 6 ');
  });
});

describe('which addresses count as asked for again', () => {
  it('every address asked for within the second, whatever was asked for between', async () => {
    const site = await serve(page());
    for (const path of ['/a', '/b', '/c']) await site.get(path);
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 4</p>');
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 4</p>');
  });

  it('not one asked for two seconds before, though the server was asked for others since', async () => {
    const site = await serve(page());
    await site.get('/a');
    site.later(1_000);
    await site.get('/b');
    site.later(1_000);
    // Forgotten: asked for now, it is new again, and kept only when asked for once more.
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 3</p>');
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 4</p>');
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 4</p>');
  });

  it('not one asked for before a flood of more than 16,000 other addresses in the same second, so the flood is not remembered whole', async () => {
    const site = await serve(page());
    await site.get('/a');
    // Next asked for 16,383 invented addresses, in the same moment.
    const socket = new Socket();
    for (let i = 0; i < 16_383; i++) {
      const request = new IncomingMessage(socket);
      request.method = 'GET';
      request.url = `/invented-${i}`;
      site.cache.watch(request, new ServerResponse(request));
    }
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 2</p>');
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 3</p>');
    expect(await (await site.get('/a')).text()).toBe('<p>rendered 3</p>');
  });
});

describe('a server’s cache', () => {
  it('holds 4 MB, 3 MB of it for addresses without a query: five answers of the largest size it keeps, and drops the oldest for a sixth', async () => {
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
    const twice = async (n: number) => {
      for (let i = 0; i < 2; i++) await (await fetch(`${base}/${n}`)).arrayBuffer();
    };
    for (let n = 1; n <= 5; n++) await twice(n);
    expect(cache.size.answers).toBe(5);
    expect(cache.size.bytes).toBeGreaterThan(5 * 512 * 1024);
    expect(cache.size.bytes).toBeLessThanOrEqual(3 * 1024 * 1024);
    await twice(6);
    expect(cache.size.answers).toBe(5);
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
