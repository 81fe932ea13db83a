/**
 * Before and after in one run (`npm run bench -- --compare-ref main`): builds this tree and a
 * git ref (in a temporary `git worktree` outside the repository) from the same content, the
 * ref's own newsroom, serves each as its `npm start` does, and measures them side by side on
 * the same machine at the same time: the JavaScript and HTML of every reader page type, an
 * article's throughput (rounds interleaved between the two), the mixed load of
 * scripts/load-test.ts (64 connections for 30 s, answers over a second counted), and
 * Lighthouse on the article, the live blog, the front page, a section front and search results (runs
 * interleaved, the median reported). Nothing here asserts a figure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runLoad, type LoadResult } from '../testing/load';
import { serverMemoryEnv } from '../lib/site/server-memory';
import { PAST_THE_CACHE } from './bench-pages';

/** What bench.ts lends this comparison: its timed runs, servers and measurements. */
export interface BenchTools {
  root: string;
  logs: string;
  port: number;
  lighthouseRuns: number;
  run: (command: string, args: string[], env: Record<string, string>, log: string) => Promise<{ seconds: number; cpuSeconds: number; code: number | null }>;
  preserving: <T>(files: string[], work: () => Promise<T>) => Promise<T>;
  waitFor: (url: string, child: ChildProcess) => Promise<void>;
  load: (url: string, headers?: Record<string, string>) => Promise<{ requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number }>;
  lighthouseOnce: (url: string, options: Record<string, never>) => Promise<{ performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; tbtMs: number }>;
}

/** One URL of every reader page type, in the site's own newsroom. */
const PAGE_TYPES: [string, string][] = [
  ['Front page', '/'],
  ['Section front', '/middle-east'],
  ['Tag front', '/tags/iraq'],
  ['Author front', '/authors/middle-east-desk'],
  ['Topics index', '/tags'],
  ['Desks index', '/authors'],
  ['Search results', '/search?q=drone'],
  ['Article', '/middle-east/2021/11/07/kadhimi-survives-drone-attack'],
  ['Live blog', '/middle-east/2021/11/07/kadhimi-drone-attack-live'],
  ['404 page', '/no-such-page'],
];
const ARTICLE = '/middle-east/2021/11/07/kadhimi-survives-drone-attack';
const AUDITED = ['Article', 'Live blog', 'Front page', 'Section front', 'Search results'];
/** Five rounds each, interleaved, the median reported: a shared machine moves a single round by a third. */
const THROUGHPUT_ROUNDS = 5;

interface Side {
  label: string;
  base: string;
  server: ChildProcess;
}

interface Weight {
  page: string;
  status: number;
  htmlGzip: number;
  scriptFilesGzip: number;
  inlineScriptGzip: number;
}

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function git(args: string[], cwd: string) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** A worktree of `ref` outside the repository, with this tree's node_modules when the lockfiles agree. */
function checkOut(ref: string, root: string): { dir: string; commit: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-ref-'));
  git(['worktree', 'add', '--detach', dir, ref], root);
  const remove = () => {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: root });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const sameLock = readFileSync(path.join(root, 'package-lock.json'), 'utf8') === readFileSync(path.join(dir, 'package-lock.json'), 'utf8');
    // Hard links: instant, no space, and the build writes nothing into node_modules.
    const install = sameLock ? spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]) : spawnSync('npm', ['ci'], { cwd: dir, stdio: 'inherit' });
    if (install.status !== 0) throw new Error(`could not install ${ref}'s dependencies`);
    return { dir, commit: git(['rev-parse', '--short', 'HEAD'], dir), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

async function weigh(base: string, page: string, url: string): Promise<Weight> {
  const response = await fetch(base + url, { headers: { 'accept-encoding': 'identity' } });
  const html = await response.text();
  let scriptFilesGzip = 0;
  for (const [, , src] of html.matchAll(/<script([^>]*)\ssrc="([^"]+)"/g)) {
    if (!src) continue;
    scriptFilesGzip += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .join('\n');
  return { page, status: response.status, htmlGzip: gzipSync(html).length, scriptFilesGzip, inlineScriptGzip: inline ? gzipSync(inline).length : 0 };
}

function start(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, port: number, logs: string): Side {
  const log = openSync(path.join(logs, `compare-${label}.log`), 'w');
  const server = spawn(command, args, { cwd, env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', log, log] });
  closeSync(log);
  return { label, base: `http://127.0.0.1:${port}`, server };
}

export interface Comparison {
  ref: string;
  refCommit: string;
  builds: { label: string; seconds: number; cpuSeconds: number }[];
  weights: Record<string, Weight[]>;
  throughput: Record<string, number[]>;
  load: Record<string, LoadResult>;
  lighthouse: Record<string, Record<string, Awaited<ReturnType<BenchTools['lighthouseOnce']>>[]>>;
}

export async function compareWithRef(ref: string, tools: BenchTools): Promise<Comparison> {
  const { root, logs, port } = tools;
  const say = (text: string) => console.log(`[compare ${ref}] ${text}`);
  const thisDist = path.join('bench-results', 'next-compare');
  const checkout = checkOut(ref, root);
  // Both sides build the ref's newsroom: content written for components or fields the ref does
  // not know would fail its check, and this tree reads what the older one wrote.
  const content = path.join(checkout.dir, 'content');
  say(`worktree of ${ref} (${checkout.commit}) in ${checkout.dir}`);
  const sides: Side[] = [];
  try {
    rmSync(path.join(root, thisDist), { recursive: true, force: true });
    const builds: Comparison['builds'] = [];
    for (const [label, cwd, dist] of [
      ['this tree', root, thisDist],
      [ref, checkout.dir, '.next'],
    ] as const) {
      const timed = await tools.preserving([path.join(cwd, 'tsconfig.json'), path.join(cwd, 'next-env.d.ts')], () =>
        tools.run('npm', ['--prefix', cwd, 'run', 'build'], { CONTENT_DIR: content, MASTHEAD_DIST_DIR: dist }, path.join(logs, `compare-build-${label === ref ? 'ref' : 'this'}.log`)),
      );
      if (timed.code !== 0) throw new Error(`the build of ${label} failed: see bench-results/logs`);
      builds.push({ label, seconds: timed.seconds, cpuSeconds: timed.cpuSeconds });
      say(`built ${label} in ${timed.seconds.toFixed(1)} s`);
    }

    // Each as its `npm start` serves it: this tree's standalone server, and the ref's `next start`
    // (or its standalone server, if its npm start runs that).
    const serverJs = path.join(root, thisDist, 'standalone', 'server.js');
    if (!existsSync(serverJs)) throw new Error(`no ${serverJs}`);
    sides.push(start('this', process.execPath, [serverJs], root, { ...process.env, ...serverMemoryEnv(), CONTENT_DIR: content, MASTHEAD_DIST_DIR: thisDist, PORT: String(port), HOSTNAME: '127.0.0.1' }, port, logs));
    const refStart = readFileSync(path.join(checkout.dir, 'scripts', 'start.mjs'), 'utf8').includes('standalone')
      ? [path.join(checkout.dir, '.next', 'standalone', 'server.js')]
      : [path.join(checkout.dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port + 3), '-H', '127.0.0.1'];
    sides.push(start('ref', process.execPath, refStart, checkout.dir, { ...process.env, CONTENT_DIR: content, PORT: String(port + 3), HOSTNAME: '127.0.0.1' }, port + 3, logs));
    for (const side of sides) await tools.waitFor(`${side.base}/`, side.server);
    // Every page once, so no measurement below pays for a first render.
    for (const side of sides) for (const [, url] of PAGE_TYPES) await (await fetch(side.base + url)).arrayBuffer();

    const weights: Comparison['weights'] = {};
    for (const side of sides) weights[side.label] = await Promise.all(PAGE_TYPES.map(([page, url]) => weigh(side.base, page, url)));

    // This tree twice: as it answers readers, and with a cookie on every request, which its
    // one-second cache leaves to Next.
    const throughput: Comparison['throughput'] = { this: [], ref: [], 'this, Next alone': [] };
    const series = [...sides.map((side) => ({ label: side.label, side, headers: {} })), { label: 'this, Next alone', side: sides[0], headers: PAST_THE_CACHE }];
    for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
      for (const { label, side, headers } of round % 2 ? series.toReversed() : series) {
        if (!side) continue;
        const figures = await tools.load(side.base + ARTICLE, headers);
        throughput[label]?.push(figures.requestsPerSecond);
        say(`article, round ${round + 1}, ${label}: ${figures.requestsPerSecond} req/s`);
      }
    }

    const load: Comparison['load'] = {};
    for (const side of sides) {
      load[side.label] = await runLoad({ baseUrl: side.base, connections: 64, duration: 30 });
      say(`mixed load, ${side.label}: ${load[side.label]?.requests} requests, ${load[side.label]?.overOneSecond} over 1 s`);
    }

    const lighthouse: Comparison['lighthouse'] = { this: {}, ref: {} };
    for (const [page, url] of tools.lighthouseRuns ? PAGE_TYPES.filter(([page]) => AUDITED.includes(page)) : []) {
      for (let i = 0; i < tools.lighthouseRuns; i++) {
        for (const side of i % 2 ? sides.toReversed() : sides) {
          const runs = (lighthouse[side.label] ??= {});
          (runs[page] ??= []).push(await tools.lighthouseOnce(side.base + url, {}));
        }
      }
      say(`Lighthouse ${page}: ${sides.map((s) => `${s.label} ${lighthouse[s.label]?.[page]?.map((r) => r.performance).join('/')}`).join(', ')}`);
    }
    return { ref, refCommit: checkout.commit, builds, weights, throughput, load, lighthouse };
  } finally {
    for (const side of sides) side.server.kill();
    checkout.remove();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function comparisonMarkdown(c: Comparison, connections: number, duration: number): string {
  const names = { this: 'this tree', ref: `${c.ref} (${c.refCommit})` };
  const lines = [
    `### Before and after: ${names.ref} against this tree, side by side`,
    '',
    `Both built from content/ (${c.builds.map((b) => `${b.label} ${b.seconds.toFixed(0)} s, CPU ${b.cpuSeconds.toFixed(0)} s`).join('; ')}) and served as their \`npm start\` serves them.`,
    '',
    '| Page | Status | HTML gzip | JS files gzip | Inline JS gzip |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  const weights = c.weights;
  for (const [i, [page]] of PAGE_TYPES.entries()) {
    const [before, after] = [weights.ref?.[i], weights.this?.[i]];
    const pair = (f: (w: Weight) => string) => `${before ? f(before) : '–'} → ${after ? f(after) : '–'}`;
    lines.push(`| ${page} | ${pair((w) => String(w.status))} | ${pair((w) => kb(w.htmlGzip))} | ${pair((w) => kb(w.scriptFilesGzip))} | ${pair((w) => kb(w.inlineScriptGzip))} |`);
  }
  const [before, after, alone] = [median(c.throughput.ref ?? []), median(c.throughput.this ?? []), median(c.throughput['this, Next alone'] ?? [])];
  lines.push(
    '',
    `Article throughput (autocannon, ${connections} connections, ${duration} s a round, ${THROUGHPUT_ROUNDS} rounds interleaved): ${names.ref} ${(c.throughput.ref ?? []).join(', ')} req/s (median ${before}); this tree ${(c.throughput.this ?? []).join(', ')} req/s (median ${after}): **${(after / before).toFixed(2)}×**; this tree with a cookie on every request, so that each reaches Next past the one-second cache, ${(c.throughput['this, Next alone'] ?? []).join(', ')} req/s (median ${alone}): ${(alone / before).toFixed(2)}×.`,
    '',
    'Mixed load of scripts/load-test.ts, 64 connections for 30 s:',
    '',
    '| Server | Requests | req/s | p50 | p99 | max | over 1 s | errors / timeouts / 5xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const side of ['ref', 'this'] as const) {
    const r = c.load[side];
    if (r) lines.push(`| ${names[side]} | ${r.requests} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.max} ms | ${r.overOneSecond} | ${r.errors} / ${r.timeouts} / ${r.serverErrors} |`);
  }
  if (!Object.keys(c.lighthouse.this ?? {}).length) return lines.join('\n');
  lines.push(
    '',
    'Lighthouse 12 (mobile), runs interleaved, the median run by performance:',
    '',
    '| Page | Server | Performance (each run) | Accessibility | Best practices | SEO | LCP | TBT |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const page of AUDITED) {
    for (const side of ['ref', 'this'] as const) {
      const runs = c.lighthouse[side]?.[page] ?? [];
      const middle = runs.toSorted((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs)[Math.floor(runs.length / 2)];
      if (middle) {
        lines.push(
          `| ${page} | ${names[side]} | ${middle.performance} (${runs.map((r) => r.performance).join(', ')}) | ${middle.accessibility} | ${middle.bestPractices} | ${middle.seo} | ${middle.lcpMs} ms | ${middle.tbtMs} ms |`,
        );
      }
    }
  }
  return lines.join('\n');
}
