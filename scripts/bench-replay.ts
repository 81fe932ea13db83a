/**
 * A recorded copy of a site for Lighthouse: every answer the server gives (page, image, font) is
 * kept the first time it is asked for, headers and all, and given from memory after that, gzipped
 * as the server gives it. With the copy warm, the server does no work while the browser loads a
 * page, so on this 2-core machine a page's figures are the browser's own: the copy and the live
 * server side by side show what the server's work during a load costs (scripts/bench-page-types.ts).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';

interface Recorded {
  status: number;
  headers: [string, string][];
  body: Buffer;
  gzipped?: Buffer;
}

/** Headers the copy sets itself, or that describe a connection rather than the answer. */
const OWN_HEADERS = new Set(['connection', 'content-encoding', 'content-length', 'keep-alive', 'transfer-encoding', 'date']);
const TEXT = /^(text\/|application\/(json|xml|javascript|rss\+xml|atom\+xml|feed\+json|manifest\+json)|image\/svg\+xml)/;

const acceptsGzip = (headers: IncomingHttpHeaders) => /\bgzip\b/.test(String(headers['accept-encoding'] ?? ''));

/** Serves `upstream` from memory on `port` (127.0.0.1), asking it only for what it has not kept. */
export function startReplay(upstream: string, port: number): Promise<Server> {
  const kept = new Map<string, Promise<Recorded>>();
  const record = async (url: string): Promise<Recorded> => {
    const response = await fetch(upstream + url, { redirect: 'manual', headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await response.arrayBuffer());
    const headers = [...response.headers].filter(([name]) => !OWN_HEADERS.has(name));
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers, body, ...(TEXT.test(type) ? { gzipped: gzipSync(body) } : {}) };
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    let answer = kept.get(url);
    if (!answer) {
      answer = record(url);
      kept.set(url, answer);
    }
    answer.then(
      ({ status, headers, body, gzipped }) => {
        const zipped = gzipped && acceptsGzip(request.headers) ? gzipped : undefined;
        const sent = zipped ?? body;
        const varies = headers.some(([name]) => name === 'vary');
        const encoding = zipped ? ['content-encoding', 'gzip', ...(varies ? [] : ['vary', 'Accept-Encoding'])] : [];
        response.writeHead(status, [...headers.flat(), 'content-length', String(sent.length), ...encoding]);
        response.end(request.method === 'HEAD' ? undefined : sent);
      },
      (error: unknown) => {
        kept.delete(url);
        response.writeHead(502, { 'content-type': 'text/plain' }).end(`upstream: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
