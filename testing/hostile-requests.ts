// Generated hostile and malformed requests, each with the answer it must get, a raw-socket
// client and the checks on every answer. Used by scripts/hostile-urls.ts (by hand, against any
// local server) and e2e/hostile-urls.spec.ts (against the production build in `npm test`).
// Requests go over raw sockets so that paths, methods and headers reach the server exactly as
// written (no client normalises "..", encodes bytes or refuses a bad Host). Loopback only.
import net from 'node:net';
import path from 'node:path';
import { expectedAnswer, type Answer } from './hostile-answers';

/**
 * Every route the site serves, as a real example URL. A new route is one line here: the
 * generator replaces each of its segments and appends junk queries to it.
 */
export const routeExamples: readonly string[] = [
  '/',
  '/middle-east',
  '/middle-east/2021/11/07/kadhimi-survives-drone-attack',
  '/middle-east/page/2',
  '/tags/iraq',
  '/tags/iraq/page/2',
  '/authors/middle-east-desk',
  '/search?q=drone',
  '/feed.xml',
  '/middle-east/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/og/articles/kadhimi-survives-drone-attack.png',
  '/images/green-zone-map.png',
  '/not-a-page',
];

export interface HostileRequest {
  /** What the request tries, for failure messages. */
  label: string;
  method: string;
  /** The request target, sent byte for byte. */
  target: string;
  headers: [string, string][];
  /** The status it must be answered with, or 'closed' when the server may only close the connection. */
  expected: Answer;
}

type Unjudged = Omit<HostileRequest, 'expected'>;

export interface HostileResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

const traversals = [
  '..',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '%2e%2e/%2e%2e/package.json',
  '..%252f..%252fpackage.json',
  '..%5c..%5cpackage.json',
  '..\\..\\package.json',
  '%c0%ae%c0%ae%c0%afetc%c0%afpasswd',
  '....//....//etc/passwd',
  '..;/..;/package.json',
  '%2e%2e%2f.next%2fBUILD_ID',
  '.env',
  '.git%2fconfig',
  'package.json',
  'content%2farticles%2fkadhimi-survives-drone-attack.mdx',
  '..%2fcontent%2fauthors.yaml',
  '.next%2fserver%2fapp%2fpage.js',
  '..%2f..%2f..%2f..%2fproc%2fself%2fenviron',
  'file:%2f%2f%2fetc%2fpasswd',
];

const controls = [
  '%00',
  'x%00y',
  '%00.mdx',
  '%01%02%03',
  '%0a',
  '%0d%0aSet-Cookie:%20pwned=1',
  '%0d%0aLocation:%20http://127.0.0.1:1/',
  '%7f',
  '%ff%fe',
  '%e2%80%ae',
  '%ef%bb%bf',
  '%',
  '%zz',
  '%e0%a4%a',
  '%25',
  '%2f',
  '%5c',
  '\u00e9t\u00e9',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Csvg%20onload%3Dalert(1)%3E',
  "'%20OR%201=1--",
  '$%7Bjndi:ldap://127.0.0.1:1/a%7D',
  '%7B%7B7*7%7D%7D',
  '__proto__',
  'constructor',
  '[section]',
  '(.)',
  '_rsc',
  'index',
  '_next',
];

const longs = ['a'.repeat(256), 'a'.repeat(1024), 'a'.repeat(4096), 'é'.repeat(600)];

const queryJunk = [
  '?page=-1',
  '?page=0',
  '?page=1.5',
  '?page=1e9',
  '?page=99999999999999999999999',
  '?page=NaN',
  '?page=0x10',
  '?page=%00',
  '?page=1&page=2',
  '?page[]=1',
  '?q=%3Cscript%3Ealert(1)%3C/script%3E',
  '?q=%00%01%02',
  `?q=${'x'.repeat(4000)}`,
  '?__proto__[polluted]=1',
  '?constructor[prototype][polluted]=1',
  '?%',
  '?=&=&&==',
  '?_rsc=junk',
  '?__nextDataReq=1',
  '?__nextLocale=xx',
  '?nxtPslug=..%2f..%2fetc',
  '?callback=alert',
  '?utm_source=%E2%80%AE',
  '?redirect=//127.0.0.1:1/',
  '?url=file:///etc/passwd',
];

const oddMethods = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'TRACK', 'CONNECT', 'PROPFIND', 'HEAD', 'FOO', 'get'];

const oddHeaders: [string, [string, string][]][] = [
  ['a foreign Host', [['Host', 'evil.example']]],
  ['an empty Host', [['Host', '']]],
  ['a Host with spaces', [['Host', 'a b c']]],
  ['a Host with a bad port', [['Host', '127.0.0.1:99999']]],
  ['a Host with a path', [['Host', '127.0.0.1/../../etc']]],
  ['a forwarded host', [['X-Forwarded-Host', 'evil.example']]],
  ['a forwarded proto', [['X-Forwarded-Proto', 'javascript']]],
  ['a forged middleware subrequest', [['X-Middleware-Subrequest', 'middleware:middleware:middleware:middleware:middleware']]],
  ['a forged proxy subrequest', [['X-Middleware-Subrequest', 'proxy:proxy:proxy:proxy:proxy']]],
  ['an internal invoke path', [['X-Invoke-Path', '/../../etc/passwd']]],
  ['an internal route match', [['X-Now-Route-Matches', 'slug=..%2f..%2fetc']]],
  ['an RSC request with a bad tree', [['RSC', '1'], ['Next-Router-State-Tree', '%%%junk']]],
  ['an RSC request with a huge tree', [['RSC', '1'], ['Next-Router-State-Tree', encodeURIComponent('['.repeat(2000))]]],
  ['a prefetch request', [['RSC', '1'], ['Next-Router-Prefetch', '1']]],
  ['a server action id', [['Next-Action', 'deadbeef']]],
  ['a huge header', [['X-Junk', 'x'.repeat(12_000)]]],
  ['an over-size header', [['X-Junk', 'x'.repeat(40_000)]]],
  ['many headers', Array.from({ length: 150 }, (_, i): [string, string] => [`X-Junk-${i}`, 'y'])],
  ['a junk Accept', [['Accept', '*/*;q=junk, text/html;;;']]],
  ['a junk Accept-Language', [['Accept-Language', '%00, xx-YY;q=2, ' + 'a'.repeat(500)]]],
  ['a junk Accept-Encoding', [['Accept-Encoding', 'br;q=junk, gzip;q=-1, zstd']]],
  ['a junk If-None-Match', [['If-None-Match', '"\u0001", W/junk']]],
  ['a junk If-Modified-Since', [['If-Modified-Since', 'yesterday']]],
  ['a junk Range', [['Range', 'bytes=999999-1, -0, junk']]],
  ['a junk Cookie', [['Cookie', '__prerender_bypass=junk; __next_preview_data=junk; a=%00']]],
];

const dateCases = [
  '/middle-east/2021/13/40/kadhimi-survives-drone-attack',
  '/middle-east/2021/02/30/kadhimi-survives-drone-attack',
  '/middle-east/0000/00/00/kadhimi-survives-drone-attack',
  '/middle-east/2021/1/7/kadhimi-survives-drone-attack',
  '/middle-east/99999/11/07/kadhimi-survives-drone-attack',
  '/middle-east/-2021/11/07/kadhimi-survives-drone-attack',
  '/middle-east/2021/11/08/kadhimi-survives-drone-attack',
  '/middle-east/1e3/11/07/kadhimi-survives-drone-attack',
  '/middle-east/2021/11/07/kadhimi-survives-drone-attack/extra',
  '/middle-east/2021/11/07',
  '/middle-east/2021/11',
  '/middle-east/2021',
  '/world/2021/11/07/kadhimi-survives-drone-attack',
  '/MIDDLE-EAST/2021/11/07/kadhimi-survives-drone-attack',
  '/middle-east/2021/11/07/kadhimi-survives-drone-attack.mdx',
  '/middle-east/2021/11/07/Kadhimi-Survives-Drone-Attack',
  '/middle-east//2021//11//07//kadhimi-survives-drone-attack',
  '/middle-east/page/-1',
  '/middle-east/page/99999999999999999999',
  '/page/0',
];

function segmentsOf(url: string): string[] {
  return url.split('/').filter(Boolean);
}

/** The generated requests: each route's segments replaced, junk queries, odd methods and headers. */
export function hostileRequests(routes: readonly string[] = routeExamples): HostileRequest[] {
  const out: Unjudged[] = [];
  /** Requests whose answer is stated where they are made. */
  const judged: HostileRequest[] = [];
  const get = (label: string, target: string, headers: [string, string][] = []) => out.push({ label, method: 'GET', target, headers });
  const values = [...traversals, ...controls, ...longs];

  for (const route of routes) {
    const segments = segmentsOf(route);
    // A hostile value in place of each segment, and after the last one.
    for (let i = 0; i <= segments.length; i++) {
      for (const value of values) {
        const changed = [...segments];
        changed.splice(i, i < segments.length ? 1 : 0, value);
        get(`segment ${i} of ${route} as ${value.slice(0, 40)}`, `/${changed.join('/')}`);
      }
    }
    for (const query of queryJunk) get(`query ${query.slice(0, 40)} on ${route}`, `${route}${query}`);
    for (const method of oddMethods) {
      out.push({ label: `${method} ${route}`, method, target: route, headers: [] });
    }
    for (const [label, headers] of oddHeaders) get(`${label} on ${route}`, route, headers);
  }
  for (const target of dateCases) get(`bad date or page ${target}`, target);

  // Over-long paths and segments, and the framework's own endpoints.
  get('a path of 1,000 segments', '/a'.repeat(1000));
  get('a path of 8 KB', `/${'b'.repeat(8000)}`);
  get('a path of 20 KB', `/${'c'.repeat(20_000)}`);
  get('a path of 100 KB', `/${'d'.repeat(100_000)}`);
  get('an absolute-form target', 'http://evil.example/');
  get('an asterisk target', '*');
  out.push({ label: 'OPTIONS on the asterisk target', method: 'OPTIONS', target: '*', headers: [] });
  get('a target with no slash', 'middle-east');
  get('a fragment in the target', '/#/../../etc/passwd');
  get('a backslash path', '/\\..\\..\\etc\\passwd');
  get('a double-slash path', '//127.0.0.1:1/');
  // Next's image optimiser refuses what it may not fetch or size (400), and has no file for a
  // local path outside public/ (404).
  const optimiser: [string, number][] = [
    ['?url=/../../package.json&w=64&q=75', 404],
    ['?url=file:///etc/passwd&w=64&q=75', 400],
    ['?url=http://127.0.0.1:1/x.png&w=64&q=75', 400],
    ['?url=//127.0.0.1:1/x.png&w=64&q=75', 400],
    ['?url=/images/green-zone-map.png&w=99999&q=75', 400],
    ['?url=/images/green-zone-map.png&w=-1&q=1000', 400],
    ['?url=%00&w=64&q=75', 400],
    ['?url=/_next/image%3Furl%3D/images/green-zone-map.png&w=64&q=75', 400],
  ];
  for (const [query, expected] of optimiser) {
    judged.push({ label: `image optimiser ${query.slice(0, 50)}`, method: 'GET', target: `/_next/image${query}`, headers: [], expected });
  }
  for (const target of [
    '/_next/static/..%2f..%2fpackage.json',
    '/_next/static/%2e%2e/%2e%2e/package.json',
    '/_next/static/chunks/..%2f..%2f..%2fBUILD_ID',
    '/_next/data/x/../../package.json',
    '/_next/webpack-hmr',
    '/__nextjs_original-stack-frame?file=/etc/passwd',
    '/_next/static/development/_devPagesManifest.json',
    '/api/../../package.json',
    '/favicon.ico/..%2f..%2fpackage.json',
    '/images/..%2f..%2fpackage.json',
    '/images/%2e%2e%2f%2e%2e%2fcontent%2fsections.yaml',
  ]) {
    get(`framework path ${target}`, target);
  }
  return [...out.map((request) => ({ ...request, expected: expectedAnswer(request) })), ...judged];
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
export function leaks(projectDir = process.cwd()): [string, RegExp][] {
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
export function judge(request: HostileRequest, response: HostileResponse, patterns = leaks()): string | undefined {
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
