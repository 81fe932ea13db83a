import { parseArgs } from 'node:util';

/** The bench's command line (scripts/bench.ts lists the options), read once. */

export const root = process.cwd();
export const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    count: { type: 'string', multiple: true },
    seed: { type: 'string', default: '1' },
    label: { type: 'string', default: '' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    'build-only': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    'dev-timeout': { type: 'string', default: '600' },
    'mixed-requests': { type: 'string', default: '10000' },
    'lighthouse-url': { type: 'string' },
    'page-types-only': { type: 'boolean', default: false },
    'compare-ref': { type: 'string' },
    'lighthouse-runs': { type: 'string', default: '5' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3305' },
  },
});

export const quick = values.quick;

export const counts = (values.count ?? [quick ? '40' : '1000']).flatMap((c) => c.split(',')).map(Number);

export const seed = Number(values.seed);

export const duration = Number(values.duration ?? (quick ? 1 : 10));

export const connections = Number(values.connections ?? (quick ? 2 : 10));

export const lighthouseOn = !quick && !values['no-lighthouse'] && !values['build-only'];

export const port = Number(values.port);

export const lighthouseRuns = Number(values['lighthouse-runs']);

export const devOn = !quick && !values['no-dev'] && !values['build-only'];

export const devTimeoutMs = Number(values['dev-timeout']) * 1000;

export const mixedRequests = Number(values['mixed-requests']);
for (const n of [...counts, seed, duration, connections, port, lighthouseRuns, devTimeoutMs, mixedRequests]) {
  if (!Number.isFinite(n) || n <= 0) throw new Error('--count, --seed, --duration, --connections and --port take positive numbers');
}

export const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
