// The raw-socket client for the hostile requests of hostile-requests.ts and the checks on every
// answer: its status is the one expected, it leaks nothing, it is never a 5xx. Requests go over
// raw sockets so that paths, methods and headers reach the server exactly as written (no client
// normalises "..", encodes bytes or refuses a bad Host). Loopback only.
import net from 'node:net';
import path from 'node:path';
import { hostileRequests, type HostileRequest } from './hostile-requests';

export interface HostileResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Sends one request over a fresh connection and reads the whole answer. */
export function send(base: URL, request: HostileRequest, timeoutMs = 15_000): Promise<HostileResponse> {
  const hasHost = request.headers.some(([k]) => k.toLowerCase() === 'host');
  const lines = [
    `${request.method} ${request.target} HTTP/1.1`,
    ...(hasHost ? [] : [`Host: ${base.host}`]),
    ...request.headers.map(([k, v]) => `${k}: ${v}`),
    'Connection: close',
    ...(['POST', 'PUT', 'PATCH'].includes(request.method.toUpperCase()) ? ['Content-Length: 0'] : []),
    '',
    '',
  ];
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: base.hostname, port: Number(base.port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    socket.on('connect', () => socket.write(lines.join('\r\n'), 'latin1'));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function parseResponse(raw: Buffer): HostileResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`no complete response head in ${raw.length} bytes`);
  const head = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')?.[1]);
  if (!Number.isInteger(status)) throw new Error(`bad status line: ${head[0]}`);
  const headers = new Map<string, string>();
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = raw.subarray(end + 4);
  if (headers.get('transfer-encoding')?.toLowerCase() === 'chunked') body = dechunk(body);
  return { status, headers, body: body.toString('utf8') };
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Text that must never reach a reader: files from outside what the site serves, and internals. */
function leaks(projectDir = process.cwd()): [string, RegExp][] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    ['a passwd file', /root:x:0:0:/],
    ['the environment', /(?:^|\0)(?:PATH|HOME|NODE_ENV)=/m],
    ['package.json', /"devDependencies"\s*:/],
    ['a git config', /\[core\]\s+repositoryformatversion/],
    ['raw article source', /^standfirst:/m],
    ['raw YAML content', /^- id: [a-z-]+\n\s+name:/m],
    ['server code', /__webpack_require__|require\("next\/dist|TURBOPACK\s*=/],
    ['a stack trace', /\n\s+at [\w.<>$]+ \(?(?:\/|file:|node:)/],
    ['an internal path', new RegExp(`${escape(projectDir)}|${escape(path.join(projectDir, '.next'))}|/node_modules/`)],
    ['an error name with its message', /\b(?:TypeError|ReferenceError|SyntaxError|RangeError): /],
  ];
}

export interface Verdict {
  request: HostileRequest;
  status?: number;
  problem: string;
}

/** What is wrong with one answer, if anything. */
function judge(request: HostileRequest, response: HostileResponse, patterns = leaks()): string | undefined {
  if (response.status >= 500) return `answered ${response.status}`;
  const expected = request.expected === '431 or closed' ? 431 : request.expected;
  if (response.status !== expected) return `answered ${response.status}, expected ${expected === 'closed' ? 'the connection to close' : expected}`;
  for (const [what, pattern] of patterns) {
    if (pattern.test(response.body)) return `body shows ${what}`;
  }
  if (response.headers.has('x-powered-by')) return 'sent X-Powered-By';
  const cookie = response.headers.get('set-cookie');
  // Next clears a forged preview cookie; clearing is fine, setting one is not.
  if (cookie && !/Expires=Thu, 01 Jan 1970/.test(cookie)) return `set a cookie: ${cookie}`;
  if (response.status === 404 && request.method.toUpperCase() !== 'HEAD' && !isFrameworkAsset(request.target) && !isDataEndpoint(request.target)) {
    if (!response.headers.get('content-type')?.startsWith('text/html')) return 'a 404 that is not a page';
    if (!response.body.includes('Page not found')) return "a 404 that is not the site's own page";
  }
  return undefined;
}

/**
 * Feeds, sitemaps and share images answer a missing item with a short plain
 * 404 of their own: whoever asked (a feed reader, a crawler, a social network)
 * wanted data, not a page to read.
 */
function isDataEndpoint(target: string): boolean {
  const pathname = target.split('?')[0] ?? '';
  return pathname.startsWith('/og/') || /\.(?:xml|json|png)$/i.test(pathname);
}

/**
 * Next answers a missing build asset (/_next/static/…, a JS or CSS chunk that no page links
 * to) with a plain-text 404 before any route runs; there is no reader to show a page to.
 */
function isFrameworkAsset(target: string): boolean {
  return target.startsWith('/_next/');
}

/** Sends every request, a few at a time, and returns each answer's status and what went wrong. */
export async function runHostileRequests(
  baseUrl: string,
  requests = hostileRequests(),
  concurrency = 6,
): Promise<{ statuses: Map<number, number>; failures: Verdict[] }> {
  const base = new URL(baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
    throw new Error(`hostile requests go to this machine only, not ${base.hostname}`);
  }
  const patterns = leaks();
  const statuses = new Map<number, number>();
  const failures: Verdict[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      if (!request) break;
      let response: HostileResponse;
      try {
        response = await send(base, request);
      } catch (error) {
        if (request.expected !== 'closed' && request.expected !== '431 or closed') failures.push({ request, problem: `no valid answer: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const problem = judge(request, response, patterns);
      if (problem) failures.push({ request, status: response.status, problem });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { statuses, failures };
}

export function describeFailure(f: Verdict): string {
  const target = f.request.target.length > 120 ? `${f.request.target.slice(0, 120)}…` : f.request.target;
  return `${f.request.method} ${target} (${f.request.label}): ${f.problem}`;
}
