/**
 * Writes a synthetic newsroom: a content tree the site reads through CONTENT_DIR,
 * for benchmarks and scale runs. Deterministic for a given seed and count.
 *   npm run newsroom -- --count 10000 [--seed 1] [--out bench-results/newsroom-10000]
 *   npm run newsroom -- --count 100000   the scale the content store is measured at: about 900 MB
 *   CONTENT_DIR=bench-results/newsroom-10000 npm run build
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeNewsroom } from './newsroom';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    newest: { type: 'string', default: '2026-11-20T09:00:00Z' },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const newest = new Date(values.newest);
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number above 0, got "${values.count}"`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.seed}"`);
if (Number.isNaN(newest.getTime())) throw new Error(`--newest must be an ISO date-time, got "${values.newest}"`);
const dir = path.resolve(values.out ?? `bench-results/newsroom-${count}`);
const started = performance.now();
const { articles, bytes } = writeNewsroom(dir, { count, seed, newest });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Wrote ${articles} articles (${(bytes / 1e6).toFixed(1)} MB) to ${path.relative(process.cwd(), dir)} in ${seconds} s.`);
console.log(`Build it with: CONTENT_DIR=${path.relative(process.cwd(), dir)} npm run build`);
