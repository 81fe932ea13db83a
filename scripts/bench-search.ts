/**
 * Search at newsroom scale: builds the search index from 10,000 synthetic
 * articles in memory and times queries against it.
 *
 *   npx tsx scripts/bench-search.ts [count]
 */
import { performance } from 'node:perf_hooks';
import { searchIndex, type SearchIndex } from '../lib/search/searchIndex';

const COUNT = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);
const QUERY_RUNS = 200;

// A fixed seed: every run searches the same newsroom.
let seed = 20211107;
function random(): number {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
}

const NEWS = 'iraq baghdad election protest drone attack minister parliament militia government security ceasefire talks oil economy court vote coalition border refugees embassy sanctions'.split(' ');
const COMMON = 'said would after which about there when could other than then first year people also many been more time some these into only over new most state city report week officials country police told'.split(' ');
// A long tail of rare words, as real text has.
const RARE = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);

function word(): string {
  const r = random();
  if (r < 0.35) return COMMON[Math.floor(random() * COMMON.length)] ?? 'said';
  if (r < 0.5) return NEWS[Math.floor(random() * NEWS.length)] ?? 'iraq';
  // Zipf-like: low ranks far more often than high ones.
  return RARE[Math.floor(RARE.length * random() ** 3)] ?? 'w0x';
}

function sentence(words: number): string {
  const out = Array.from({ length: words }, word).join(' ');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

interface Generated {
  headline: string;
  standfirst: string;
  body: string;
  publishedAt: string;
}

function* generateArticles(): Generator<Generated> {
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < COUNT; i++) {
    const paragraphs = Array.from({ length: 6 + Math.floor(random() * 8) }, () => sentence(40 + Math.floor(random() * 60)));
    yield {
      headline: sentence(9),
      standfirst: sentence(28),
      body: paragraphs.join('\n\n'),
      publishedAt: new Date(start + i * 3_600_000 * 7).toISOString().replace(/\.\d+Z$/, 'Z'),
    };
  }
}

function time<T>(run: () => T): { result: T; ms: number } {
  const t0 = performance.now();
  const result = run();
  return { result, ms: performance.now() - t0 };
}

function runQueries(index: SearchIndex) {
  const rare = RARE[400] ?? 'w0x';
  const queries: [string, string][] = [
    ['one common word', 'election'],
    ['two common words', 'baghdad protest'],
    ['three words', 'drone attack minister'],
    ['a rare word', rare],
    ['common and rare', `iraq ${rare}`],
    ['no match', 'zanzibar'],
  ];
  console.log(`\n${'query'.padEnd(20)} ${'hits'.padStart(6)} ${'mean ms'.padStart(9)} ${'p95 ms'.padStart(8)}`);
  for (const [name, q] of queries) {
    const samples: number[] = [];
    let total = 0;
    for (let r = 0; r < QUERY_RUNS; r++) {
      const { result, ms } = time(() => searchIndex(index, q, 0, 20));
      samples.push(ms);
      total = result.total;
    }
    samples.sort((a, b) => a - b);
    const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
    const p95 = samples[Math.floor(samples.length * 0.95)] ?? 0;
    console.log(`${name.padEnd(20)} ${String(total).padStart(6)} ${mean.toFixed(2).padStart(9)} ${p95.toFixed(2).padStart(8)}`);
  }
}

async function main() {
  const { buildSearchIndex } = await import('../lib/search/searchIndex');
  const docs = [...generateArticles()].map((a, i) => ({ id: `story-${i}`, ...a }));
  const built = time(() => buildSearchIndex(docs));
  console.log(`search index build from ${COUNT} articles in memory: ${built.ms.toFixed(0)} ms, ${built.result.terms.size} terms`);
  runQueries(built.result);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
