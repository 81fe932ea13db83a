/**
 * Search at newsroom scale: indexes a generated newsroom's articles into the
 * search tables of an SQLite file, as the content store does, then times the
 * queries readers make against that file opened read-only, as a server does.
 * For measurement, not pass/fail: nothing here asserts a time.
 *
 *   npx tsx scripts/bench-search.ts                      10,000 generated articles
 *   npx tsx scripts/bench-search.ts --count 100000       (under the heavy-work lock)
 *   npx tsx scripts/bench-search.ts --content DIR        an existing content tree instead
 * Options: --seed N, --runs N (timed runs of each query, default 200), --keep (leave
 *   the SQLite file in bench-results/), --reuse (time the file --keep left, without
 *   building it again), --json FILE.
 *
 * The articles come straight from scripts/newsroom.ts (the same bytes
 * `npm run newsroom` writes) or from DIR's files, read without Next.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  COLUMN_WEIGHTS,
  createSearchTables,
  optimizeSearchTables,
  putSearchDocument,
  RANK_WINDOW,
  searchDocuments,
  type SearchDocument,
} from '../lib/search/engine';
import { markdownToText } from '../lib/search/tokenize';
import { newsroomFiles } from './newsroom';

export interface SearchBenchOptions {
  /** Articles to generate (ignored with `contentDir`). */
  count: number;
  seed?: number;
  /** Read this content tree's articles instead of generating them. */
  contentDir?: string;
  /** Timed runs of each query. */
  runs?: number;
  /** Where the SQLite file is written; a temporary folder, removed afterwards, by default. */
  keepIn?: string;
  /** Time the file a previous run kept in `keepIn` instead of building it again. */
  reuse?: boolean;
}

export interface QueryFigures {
  name: string;
  query: string;
  total: number;
  suggestion?: string;
  p50: number;
  p95: number;
  max: number;
}

/** One way to rank a query's matches, timed on the same file. */
export interface DesignFigures {
  design: string;
  query: string;
  /** Stories counted; one more than the window when the count is capped. */
  total: number;
  p50: number;
  p95: number;
}

export interface SearchBenchReport {
  articles: number;
  /** Absent when a kept file was timed again. */
  build?: BuildFigures;
  /** Pages in use by the search tables (free pages left by the merge not counted). */
  usedMb: number;
  tablesMb: Record<string, number>;
  runs: number;
  queries: QueryFigures[];
  /** The ranking designs tried for queries that match most of the archive. */
  designs: DesignFigures[];
}

const frontmatterOf = z.object({
  id: z.string(),
  headline: z.string(),
  standfirst: z.string(),
  publishedAt: z.union([z.string(), z.date()]),
  draft: z.boolean().optional(),
});

/** An article file's search document: frontmatter read with yaml, the body turned to plain text. */
function documentOf(file: string, text: string): SearchDocument | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const parsed = frontmatterOf.safeParse(parseYaml(match[1] ?? ''));
  if (!parsed.success) throw new Error(`${file}: frontmatter without id, headline, standfirst or publishedAt`);
  const fm = parsed.data;
  return {
    id: fm.id,
    headline: fm.headline,
    standfirst: fm.standfirst,
    body: markdownToText(match[2] ?? ''),
    publishedAt: typeof fm.publishedAt === 'string' ? fm.publishedAt : fm.publishedAt.toISOString(),
    draft: fm.draft ?? false,
  };
}

function* filesUnder(dir: string): Generator<[string, string]> {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
    const file = path.join(entry.parentPath, entry.name);
    yield [file, readFileSync(file, 'utf8')];
  }
}

function* documents(options: SearchBenchOptions): Generator<SearchDocument> {
  const files = options.contentDir
    ? filesUnder(path.join(options.contentDir, 'articles'))
    : newsroomFiles({ count: options.count, seed: options.seed ?? 1, newest: new Date('2026-11-20T09:00:00Z') });
  for (const [file, text] of files) {
    if (!file.endsWith('.mdx')) continue;
    const doc = documentOf(file, text);
    if (doc) yield doc;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Milliseconds of `runs` calls, sorted, after one call to warm the cache. */
function timings(runs: number, call: () => unknown): number[] {
  call();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    call();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

const tableSizes = z.array(z.object({ name: z.string(), bytes: z.number() }));
const rareRow = z.object({ form: z.string(), docs: z.number() });

interface BuildFigures {
  /** Reading and converting the articles, not counted in the build. */
  readSeconds: number;
  /** putSearchDocument for every article, in transactions of 1,000. */
  indexSeconds: number;
  /** The merge after a full build (optimizeSearchTables). */
  optimizeSeconds: number;
}

/** Writes the search tables of every article into `file`, as the content store's build does. */
function buildSearchFile(file: string, options: SearchBenchOptions): BuildFigures {
  rmSync(file, { force: true });
  let readMs = 0;
  let indexMs = 0;
  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = NORMAL');
  createSearchTables(writer);
  let batch: SearchDocument[] = [];
  const flush = () => {
    const started = performance.now();
    writer.transaction(() => {
      for (const doc of batch) putSearchDocument(writer, doc);
    })();
    indexMs += performance.now() - started;
    batch = [];
  };
  let readStarted = performance.now();
  for (const doc of documents(options)) {
    batch.push(doc);
    if (batch.length === 1000) {
      readMs += performance.now() - readStarted;
      flush();
      readStarted = performance.now();
    }
  }
  readMs += performance.now() - readStarted;
  flush();
  const optimizeStarted = performance.now();
  optimizeSearchTables(writer);
  const optimizeMs = performance.now() - optimizeStarted;
  // For the ORDER BY rank design timed below: FTS5 sorts by the configured function.
  writer.prepare(`INSERT INTO search_text (search_text, rank) VALUES ('rank', ?)`).run(
    `bm25(${COLUMN_WEIGHTS.headline}, ${COLUMN_WEIGHTS.standfirst}, ${COLUMN_WEIGHTS.body})`,
  );
  writer.pragma('wal_checkpoint(TRUNCATE)');
  writer.close();
  return { readSeconds: round(readMs / 1000, 1), indexSeconds: round(indexMs / 1000, 1), optimizeSeconds: round(optimizeMs / 1000, 1) };
}

function timeQueries(db: Database.Database, at: Date, runs: number): QueryFigures[] {
  const rare = rareRow.parse(db.prepare('SELECT form, docs FROM search_words WHERE length >= 5 ORDER BY docs, word LIMIT 1').get());
  const queries: [string, string][] = [
    ['common word', 'said'],
    ['common words, AND', 'ministry said'],
    [`rare word (in ${rare.docs} ${rare.docs === 1 ? 'story' : 'stories'})`, rare.form],
    ['phrase', '"the rail strike"'],
    ['prefix', 'elect*'],
    ['misspelling (suggestion)', 'electon comission'],
    ['nothing matches', 'zanzibar'],
  ];
  return queries.map(([name, query]): QueryFigures => {
    const outcome = searchDocuments(db, query, { at, offset: 0, limit: 20 });
    const samples = timings(runs, () => searchDocuments(db, query, { at, offset: 0, limit: 20 }));
    return {
      name,
      query,
      total: outcome.total,
      suggestion: outcome.suggestion,
      p50: round(percentile(samples, 0.5)),
      p95: round(percentile(samples, 0.95)),
      max: round(samples.at(-1) ?? 0),
    };
  });
}

/**
 * The designs tried for queries that match most stories, where ranking
 * dominates; ranking and counting only, on the same file (snippets, ids and the
 * suggestion check cost the same in each and are in the queries' table).
 */
function timeDesigns(db: Database.Database, at: Date, runs: number): DesignFigures[] {
  const until = BigInt(at.getTime()) * 1024n + 1023n;
  const rank = `bm25(search_text, ${COLUMN_WEIGHTS.headline}, ${COLUMN_WEIGHTS.standfirst}, ${COLUMN_WEIGHTS.body})`;
  const count = db.prepare('SELECT count(*) FROM search_text WHERE search_text MATCH ? AND rowid <= ?').pluck();
  const byBm25 = db.prepare(`SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY ${rank}, rowid DESC LIMIT 20`);
  const byRank = db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rank LIMIT 20');
  const edge = db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT 2 OFFSET ?').pluck();
  const inWindow = db.prepare(`SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? AND ? ORDER BY ${rank}, rowid DESC LIMIT 20`);
  const streamed = db.prepare(`SELECT rowid, ${rank} FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?`).raw();
  const window = RANK_WINDOW.toLocaleString('en-GB');
  const designs: DesignFigures[] = [];
  const members = db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?').pluck();
  const inRange = db.prepare(`SELECT rowid, ${rank} FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? AND ?`).raw();
  // The words a phrase is scored on: "the" is left out (see rankedPhraseMatches in lib/search/engine.ts).
  const compared: [string, string, string?][] = [
    ['said', '"said"'],
    ['ministry said', '"ministry" AND "said"'],
    ['"the rail strike"', '"the rail strike"', '"rail" AND "strike"'],
  ];
  for (const [query, expression, words] of compared) {
    const exactCount = () => z.number().parse(count.get(expression, until));
    const tried: [string, () => number][] = [
      [
        'every match scored by bm25(), exact count',
        () => {
          byBm25.all(expression, until);
          return exactCount();
        },
      ],
      [
        'every match, FTS5 ORDER BY rank (bm25 configured), exact count',
        () => {
          byRank.all(expression, until);
          return exactCount();
        },
      ],
      [
        `newest ${window}: find the oldest of them, then ORDER BY bm25() from there, count capped`,
        () => {
          const [oldest, beyond] = z.array(z.number()).parse(edge.all(expression, until, RANK_WINDOW - 1));
          if (oldest === undefined) {
            byBm25.all(expression, until);
            return exactCount();
          }
          inWindow.all(expression, BigInt(oldest), until);
          return beyond === undefined ? RANK_WINDOW : RANK_WINDOW + 1;
        },
      ],
      [
        `newest ${window} scored as FTS5 streams them, sorted in JS, count capped (chosen${words ? ' for queries without a phrase' : ''})`,
        () => {
          const scored = z.array(z.tuple([z.number(), z.number()])).parse(streamed.all(expression, until, RANK_WINDOW + 1));
          scored.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
          return scored.length;
        },
      ],
    ];
    if (words) {
      tried.push([
        `newest ${window} walked, then scored on the phrase's rarer words (${words}), count capped (chosen for phrases)`,
        () => {
          const rows = z.array(z.number()).parse(members.all(expression, until, RANK_WINDOW + 1));
          const oldest = rows.at(-1);
          if (oldest === undefined) return 0;
          const inPhrase = new Set(rows);
          const scored = z
            .array(z.tuple([z.number(), z.number()]))
            .parse(inRange.all(words, BigInt(oldest), until))
            .filter(([row]) => inPhrase.has(row));
          scored.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
          return rows.length;
        },
      ]);
    }
    for (const [design, call] of tried) {
      const samples = timings(Math.min(runs, 50), call);
      designs.push({ design, query, total: call(), p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)) });
    }
  }
  return designs;
}

/**
 * Builds the search tables for the articles (or, with `reuse`, times the file a
 * kept run left), then times the queries against the file opened read-only.
 */
export function benchSearch(options: SearchBenchOptions): SearchBenchReport {
  const runs = options.runs ?? 200;
  const dir = options.keepIn ?? mkdtempSync(path.join(os.tmpdir(), 'masthead-search-bench-'));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'search.sqlite');
  try {
    const build = options.reuse && existsSync(file) ? undefined : buildSearchFile(file, options);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    const tablesMb: Record<string, number> = {};
    let usedBytes = 0;
    for (const { name, bytes } of tableSizes.parse(db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all())) {
      tablesMb[name] = round(bytes / 1e6, 1);
      usedBytes += bytes;
    }
    const articles = z.number().parse(db.prepare('SELECT count(*) FROM search_documents').pluck().get());
    const at = new Date();
    const report: SearchBenchReport = {
      articles,
      build,
      usedMb: round(usedBytes / 1e6, 1),
      tablesMb,
      runs,
      queries: timeQueries(db, at, runs),
      designs: timeDesigns(db, at, runs),
    };
    db.close();
    return report;
  } finally {
    if (!options.keepIn) rmSync(dir, { recursive: true, force: true });
  }
}

export function searchBenchMarkdown(report: SearchBenchReport): string {
  const lines = [
    `Search over ${report.articles.toLocaleString('en-GB')} articles, ${report.usedMb} MB: ` +
      (report.build
        ? `index ${report.build.indexSeconds} s + optimize ${report.build.optimizeSeconds} s (reading the articles: ${report.build.readSeconds} s)`
        : 'a kept file timed again'),
    '',
    `| query | | stories | p50 ms | p95 ms | max ms |`,
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...report.queries.map(
      (q) => `| ${q.name} | \`${q.query}\`${q.suggestion ? ` → \`${q.suggestion}\`` : ''} | ${q.total} | ${q.p50} | ${q.p95} | ${q.max} |`,
    ),
    '',
    '| ranking design (ranking and counting only) | query | stories | p50 ms | p95 ms |',
    '| --- | --- | ---: | ---: | ---: |',
    ...report.designs.map((d) => `| ${d.design} | \`${d.query}\` | ${d.total > RANK_WINDOW && d.design.includes('capped') ? `> ${RANK_WINDOW}` : d.total} | ${d.p50} | ${d.p95} |`),
    '',
    `Tables (MB): ${Object.entries(report.tablesMb)
      .map(([name, mb]) => `${name} ${mb}`)
      .join(', ')}; ${report.runs} runs of each query.`,
  ];
  return lines.join('\n');
}

function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      content: { type: 'string' },
      runs: { type: 'string', default: '200' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const count = Number(values.count);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  for (const [name, n] of [['--count', count], ['--runs', runs], ['--seed', seed]] as const) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a whole number above 0`);
  }
  const report = benchSearch({
    count,
    seed,
    runs,
    contentDir: values.content,
    keepIn: values.keep || values.reuse ? path.resolve('bench-results', `search-${values.content ? 'content' : count}`) : undefined,
    reuse: values.reuse,
  });
  console.log(searchBenchMarkdown(report));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) main();
