import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import path from 'node:path';

/**
 * The soak test's parts, shared by its short form in `npm test` (e2e/unknown-addresses.spec.ts)
 * and its long form by hand (scripts/soak.ts): made-up addresses of every route shape the site
 * answers on demand, sent many at a time to a server on this machine, and what the server keeps
 * on disk and in memory around them. The shapes are written out here from the route folders of
 * pages/ and app/ (the site's own list is lib/routes/addresses.ts, which no test here imports).
 */

/** Every route with a dynamic segment, as an address whose `{x}` is a word never published and `{n}` a page past any list's end. */
const SHAPES = [
  '/{x}',
  '/{x}/page/2',
  '/middle-east/page/{n}',
  '/tags/{x}',
  '/tags/{x}/page/2',
  '/tags/iraq/page/{n}',
  '/authors/{x}',
  '/authors/middle-east-desk/page/{n}',
  '/{x}/feed.xml',
  '/{x}/atom.xml',
  '/{x}/feed.json',
  '/middle-east/2021/11/07/{x}',
  '/{x}/2021/11/07/kadhimi-survives-drone-attack',
  '/middle-east/2021/11/07/{x}/feed.xml',
  '/middle-east/2021/11/07/{x}/atom.xml',
  '/middle-east/2021/11/07/{x}/feed.json',
  '/middle-east/2021/11/07/kadhimi-drone-attack-live/page/{n}',
  '/middle-east/2021/11/07/{x}/page/2',
  '/middle-east/2021/11/07/kadhimi-drone-attack-live/updates/{x}',
  '/og/articles/{x}.png',
  '/og/sections/{x}.png',
  '/sitemaps/{x}.xml',
  '/sitemaps/articles-{n}.xml',
  // Next's own address for a page's data, which renders the page's route.
  '/_next/data/{build}/{x}.json',
  '/_next/data/{build}/middle-east/2021/11/07/{x}.json',
];

/** What a request may add: nothing, a query, or the header that asks Next for another form of the page. */
const VARIANTS: { query: string; headers: Record<string, string> }[] = [
  { query: '', headers: {} },
  { query: '?utm_source={x}', headers: {} },
  { query: '', headers: { RSC: '1' } },
];

export interface SoakRequest {
  target: string;
  headers: Record<string, string>;
}

/** `count` made-up addresses, each shape and variant in turn, every one different; `round` keeps rounds apart. */
export function madeUpAddresses(count: number, buildId: string, round = 0): SoakRequest[] {
  return Array.from({ length: count }, (_, i) => {
    const shape = SHAPES[i % SHAPES.length] ?? '/{x}';
    const variant = VARIANTS[Math.floor(i / SHAPES.length) % VARIANTS.length] ?? { query: '', headers: {} };
    const word = `zz${round}x${i}`;
    const fill = (text: string) => text.replaceAll('{x}', word).replaceAll('{n}', String(1000 + round * count + i)).replaceAll('{build}', buildId);
    return { target: fill(shape + variant.query), headers: variant.headers };
  });
}

export interface SoakResult {
  requests: number;
  seconds: number;
  statuses: Map<number, number>;
  /** Answers Next says it made and kept anew (x-nextjs-cache: MISS). */
  keptByNext: string[];
}

type Answer = { status: number; headers: Record<string, string | string[] | undefined> };

/**
 * Keeps `connections` requests under way over kept-alive connections to a server on this machine,
 * asking `next` for each one, until it answers undefined; `answered` sees every answer.
 */
async function pool(baseUrl: string, connections: number, next: () => SoakRequest | undefined, answered: (request: SoakRequest, answer: Answer) => void): Promise<void> {
  const base = new URL(baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) throw new Error(`the soak test goes to this machine only, not ${base.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const one = (request: SoakRequest) =>
    new Promise<void>((resolve, reject) => {
      const sent = httpRequest({ host: base.hostname, port: base.port, path: request.target, headers: request.headers, agent }, (response) => {
        answered(request, { status: response.statusCode ?? 0, headers: response.headers });
        response.resume();
        response.on('end', resolve);
        response.on('error', reject);
      });
      sent.on('error', reject);
      sent.end();
    });
  const worker = async () => {
    for (let request = next(); request; request = next()) await one(request);
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    agent.destroy();
  }
}

/** Sends every request, `connections` at a time. */
export async function soak(baseUrl: string, requests: readonly SoakRequest[], connections = 8): Promise<SoakResult> {
  const statuses = new Map<number, number>();
  const keptByNext: string[] = [];
  const started = performance.now();
  let at = 0;
  await pool(
    baseUrl,
    connections,
    () => requests[at++],
    (request, { status, headers }) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (headers['x-nextjs-cache'] === 'MISS') keptByNext.push(request.target);
    },
  );
  return { requests: requests.length, seconds: (performance.now() - started) / 1000, statuses, keptByNext };
}

/**
 * Sends what `make` makes (it is given a running count), `connections` at a time, for `seconds`;
 * counts the answers, and those a server's one-second cache sent (they carry an `Age`).
 */
export async function hammer(baseUrl: string, connections: number, seconds: number, make: (n: number) => SoakRequest): Promise<{ answers: number; fromCache: number; statuses: Map<number, number> }> {
  const until = performance.now() + seconds * 1000;
  const statuses = new Map<number, number>();
  let made = 0;
  let fromCache = 0;
  await pool(
    baseUrl,
    connections,
    () => (performance.now() < until ? make(made++) : undefined),
    (_request, { status, headers }) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (headers.age !== undefined) fromCache += 1;
    },
  );
  return { answers: [...statuses.values()].reduce((a, b) => a + b, 0), fromCache, statuses };
}

export interface FolderState {
  files: number;
  bytes: number;
}

/** How many files a folder holds, and their bytes, all the way down. */
export function folderState(dir: string): FolderState {
  let files = 0;
  let bytes = 0;
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files += 1;
        bytes += statSync(full).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

/** The process listening on a TCP port of this machine, from /proc (Linux). */
export function pidListeningOn(port: number): number | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local address, state 0A (listening), inode
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A' && fields[9]) inodes.add(fields[9]);
    }
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`))?.[1];
        if (inode && inodes.has(inode)) return Number(entry);
      } catch {
        // Closed while we looked.
      }
    }
  }
  return undefined;
}
