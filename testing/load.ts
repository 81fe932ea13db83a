import autocannon from 'autocannon';

/**
 * The mix a busy news day sends: mostly articles, then fronts, feeds and sitemaps, searches and
 * mistyped addresses. Routes another part of the site adds (feeds, sitemaps, search) answer 404
 * until they exist, which is still a fair request to serve. One line per URL.
 */
export const loadMix: readonly string[] = [
  '/middle-east/2021/11/07/kadhimi-survives-drone-attack',
  '/middle-east/2021/11/09/baghdad-tightens-green-zone-security',
  '/world/2021/11/08/world-condemns-attack-on-kadhimi',
  '/middle-east/2021/11/07/kadhimi-survives-drone-attack',
  '/',
  '/middle-east',
  '/world',
  '/analysis',
  '/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/search?q=iraq',
  '/middle-east/2021/11/07/no-such-story',
  '/no-such-page',
];

export interface LoadOptions {
  baseUrl: string;
  connections?: number;
  /** Seconds. */
  duration?: number;
  /** Stop after this many requests instead of after `duration`. */
  amount?: number;
  urls?: readonly string[];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  serverErrors: number;
  /** Answers that took longer than a second: what a reader notices. */
  overOneSecond: number;
}

/** Runs one bounded load test against a server on this machine. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const base = new URL(options.baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
    throw new Error(`load tests go to this machine only, not ${base.hostname}`);
  }
  const urls = options.urls ?? loadMix;
  let overOneSecond = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base.origin,
        connections: options.connections ?? 64,
        ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 30 }),
        // Generous: the load test measures the site, and this machine's two cores are shared.
        timeout: 30,
        requests: urls.map((path) => ({ method: 'GET' as const, path })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, milliseconds) => {
      if (milliseconds > 1000) overOneSecond += 1;
    });
  });
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = stat.count ?? 0;
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    requests,
    seconds: result.duration,
    requestsPerSecond: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    serverErrors: result['5xx'],
    overOneSecond,
  };
}
