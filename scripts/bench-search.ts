/**
 * Search at newsroom scale: writes 10,000 synthetic articles to a temporary
 * content folder, loads them through the content gateway as the site does,
 * builds the search index once and times queries against it.
 *
 *   npx tsx scripts/bench-search.ts [count]            through content/ files and the gateway
 *   npx tsx scripts/bench-search.ts [count] --memory   the same articles straight into the index
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { searchIndex, type SearchIndex } from '../lib/search/searchIndex';

const COUNT = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);
const IN_MEMORY = process.argv.includes('--memory');
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

function writeNewsroom(root: string) {
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  writeFileSync(path.join(root, 'authors.yaml'), '- id: bench-desk\n  name: Bench desk\n  kind: desk\n');
  writeFileSync(path.join(root, 'sections.yaml'), '- id: world\n  name: World\n- id: analysis\n  name: Analysis\n');
  let i = 0;
  for (const a of generateArticles()) {
    writeFileSync(
      path.join(root, 'articles', `story-${i}.mdx`),
      [
        '---',
        `id: story-${i}`,
        `headline: ${a.headline}`,
        `standfirst: ${a.standfirst}`,
        `publishedAt: ${a.publishedAt}`,
        'authors: [bench-desk]',
        `section: ${i % 3 ? 'world' : 'analysis'}`,
        'image:',
        '  src: /images/green-zone-map.png',
        '  alt: A map',
        '  caption: A map',
        '  credit: Masthead graphics',
        '---',
        '',
        a.body,
        '',
      ].join('\n'),
    );
    i++;
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
  if (IN_MEMORY) {
    const docs = [...generateArticles()].map((a, i) => ({ id: `story-${i}`, ...a }));
    const built = time(() => buildSearchIndex(docs));
    console.log(`search index build from ${COUNT} articles in memory: ${built.ms.toFixed(0)} ms, ${built.result.terms.size} terms`);
    runQueries(built.result);
    return;
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'masthead-bench-'));
  try {
    const written = time(() => writeNewsroom(root));
    console.log(`wrote ${COUNT} articles in ${(written.ms / 1000).toFixed(1)} s`);
    process.env.CONTENT_DIR = root;
    const content = await import('../lib/content');

    const loaded = time(() => content.getIndex());
    console.log(`content index (read, validate, parse every file): ${(loaded.ms / 1000).toFixed(1)} s`);

    const heapBefore = process.memoryUsage().heapUsed;
    const built = time(() => buildSearchIndex(content.listSearchDocuments()));
    const heapAfter = process.memoryUsage().heapUsed;
    const index = built.result;
    console.log(`search index build (re-read bodies, tokenize, invert): ${built.ms.toFixed(0)} ms, ${index.terms.size} terms, ~${Math.round((heapAfter - heapBefore) / 1e6)} MB heap`);

    runQueries(index);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
