/**
 * What Masthead costs: builds a generated newsroom, serves it as `npm start` does
 * and measures build time and memory, page weight, throughput under a bounded
 * local load (against the same HTML from a bare static server, the reference
 * limit) and Lighthouse on an article page. Prints a Markdown table and writes
 * JSON to bench-results/. For measurement, not pass/fail: nothing here asserts a time.
 *
 *   npm run bench                                   1,000 articles, with Lighthouse
 *   npm run bench -- --count 1000 --count 10000     several sizes in one report
 *   npm run bench -- --count 50000 --build-only     build figures only
 *   npm run bench -- --count 100000 --no-lighthouse the archive at scale (long: run it once)
 *   npm run bench -- --quick                        smoke run for `npm test`
 *   npm run bench -- --lighthouse-url http://127.0.0.1:3000/some/page   Lighthouse alone
 * Options: --seed N, --label TEXT, --duration S, --connections N, --no-lighthouse,
 *   --lighthouse-runs N (default 5, as Lighthouse's own guidance on variability advises:
 *   the median run is reported),
 *   --port N (default 3305; the static server takes the next one, the "other site" page
 *   Lighthouse can start from the one after),
 *   --compare-ref REF: build REF (e.g. main) in a temporary git worktree and measure it and
 *   this tree side by side in one run (scripts/bench-compare.ts); sizes only with --count.
 *   --no-dev (skip `next dev`), --dev-timeout S (longest wait for one `next dev` request,
 *   default 600), --mixed-requests N (the mixed requests after which server memory is read,
 *   default 10,000). The same script measures a checkout from before the content store
 *   (it passes no option the content check of such a checkout would not know).
 *
 * Each size is built into its own folder (bench-results/next-<N>) so the site's
 * own .next build is left alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { compareWithRef, comparisonMarkdown } from './bench-compare';
import { runLoad } from '../testing/load';
import { writeNewsroom } from './newsroom';
import { rssMiB, serverPid } from './server-process';
import { startStaticServer } from './static-server';

const root = process.cwd();
const { values } = parseArgs({
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
    'compare-ref': { type: 'string' },
    'lighthouse-runs': { type: 'string', default: '5' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3305' },
  },
});
const quick = values.quick;
const counts = (values.count ?? [quick ? '40' : '1000']).flatMap((c) => c.split(',')).map(Number);
const seed = Number(values.seed);
const duration = Number(values.duration ?? (quick ? 1 : 10));
const connections = Number(values.connections ?? (quick ? 2 : 10));
const lighthouseOn = !quick && !values['no-lighthouse'] && !values['build-only'];
const port = Number(values.port);
const lighthouseRuns = Number(values['lighthouse-runs']);
const devOn = !quick && !values['no-dev'] && !values['build-only'];
const devTimeoutMs = Number(values['dev-timeout']) * 1000;
const mixedRequests = Number(values['mixed-requests']);
for (const n of [...counts, seed, duration, connections, port, lighthouseRuns, devTimeoutMs, mixedRequests]) {
  if (!Number.isFinite(n) || n <= 0) throw new Error('--count, --seed, --duration, --connections and --port take positive numbers');
}
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };

interface Timed {
  seconds: number;
  /** User plus system CPU time of the process and every child it waited for: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  /** Highest resident memory of the whole process tree at any sample, in MB. */
  peakMb: number;
  code: number | null;
}

/** Sum of resident memory of `pid` and all its descendants, from /proc. */
function treeRssBytes(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      continue;
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() ?? 0;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function run(command: string, args: string[], extraEnv: Record<string, string>, log: string): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const times = `${log}.time`;
    // GNU time reports the CPU time of the whole tree that the command waited for.
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', times, command, ...args], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => out.push(d));
    let peak = 0;
    const sample = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
    }, 250);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      writeFileSync(log, Buffer.concat(out));
      const [user = 0, system = 0] = (readFileSync(times, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
      resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds: user + system, peakMb: Math.round(peak / 1e6), code });
    });
  });
}

/** Keeps a generated tsconfig/next-env change from a build into another distDir out of the work tree. */
function preserving<T>(files: string[], work: () => Promise<T>): Promise<T> {
  const saved = files.map((f) => [f, existsSync(f) ? readFileSync(f) : undefined] as const);
  return work().finally(() => {
    for (const [f, text] of saved) {
      if (text === undefined) rmSync(f, { force: true });
      else writeFileSync(f, text);
    }
  });
}

async function waitFor(url: string, child: ChildProcess, seconds = 120, everyMs = 250): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering ${url}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`no answer from ${url} within ${seconds} s`);
}

interface PageFigures {
  name: string;
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  appJsGzip: number;
  frameworkJsGzip: number;
  /** Scripts written into the page (JSON and JSON-LD data left out): Next's inline RSC payload, the page's own script. */
  inlineJsGzip: number;
  scripts: { src: string; gzip: number; framework: boolean }[];
  cacheControl: string | null;
  next?: LoadFigures;
  static?: LoadFigures;
}

interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function load(url: string): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration, pipelining: 1 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The framework runtime every page shares, as Next lists it; everything else a page loads is the app's. */
function frameworkFiles(distDir: string): Set<string> {
  const manifest: unknown = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'));
  const list = (key: string): string[] => {
    const value: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, key) : undefined;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  return new Set([...list('rootMainFiles'), ...list('polyfillFiles')].map((f) => `/_next/${f}`));
}

async function measurePage(base: string, name: string, pagePath: string, framework: Set<string>, staticRoot: string): Promise<PageFigures> {
  const res = await fetch(base + pagePath, { headers: { 'accept-encoding': 'identity' } });
  if (!res.ok) throw new Error(`${pagePath} answered ${res.status}`);
  const html = Buffer.from(await res.arrayBuffer());
  const saveAs = path.join(staticRoot, pagePath, 'index.html');
  mkdirSync(path.dirname(saveAs), { recursive: true });
  writeFileSync(saveAs, html);
  // Browsers that run modules skip noModule polyfills, so they are not counted.
  const srcs = [...html.toString('utf8').matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(`${m[1] ?? ''}${m[3] ?? ''}`))
    .map((m) => m[2] ?? '');
  const scripts: PageFigures['scripts'] = [];
  for (const src of [...new Set(srcs)]) {
    const url = new URL(src, base);
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    scripts.push({ src: url.pathname, gzip: gzipSync(body).length, framework: framework.has(url.pathname) });
    const file = path.join(staticRoot, url.pathname);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
  const sum = (framework: boolean) => scripts.filter((s) => s.framework === framework).reduce((t, s) => t + s.gzip, 0);
  const inline = [...html.toString('utf8').matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .join('\n');
  return {
    name,
    path: pagePath,
    htmlBytes: html.length,
    htmlGzip: gzipSync(html).length,
    appJsGzip: sum(false),
    frameworkJsGzip: sum(true),
    inlineJsGzip: inline ? gzipSync(inline).length : 0,
    scripts,
    cacheControl: res.headers.get('cache-control'),
  };
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Accessibility, best-practice and SEO audits that did not pass, to know what to fix. */
  failing: string[];
}

interface LighthouseResult extends LighthouseFigures {
  /** Performance, LCP and TBT of every run; the figures above are the median run's. */
  runs: Pick<LighthouseFigures, 'performance' | 'lcpMs' | 'tbtMs'>[];
  /** The median of the same runs with every script blocked: what the page costs without its JavaScript. */
  withoutScripts: Pick<LighthouseFigures, 'performance' | 'lcpMs' | 'tbtMs'>;
  /** The median of the same runs starting on a page of another site, as a reader arrives from a search or a link. */
  fromOtherSite: Pick<LighthouseFigures, 'performance' | 'lcpMs' | 'tbtMs'>;
}

interface LighthouseRun {
  blockScripts?: boolean;
  /** The page the tab shows before the audited load; Lighthouse's default is about:blank. */
  blankPage?: string;
}

/**
 * Lighthouse's figures move from run to run on a shared machine (TBT most), so it runs
 * several times and reports the median run; then as often with scripts blocked, which
 * shows how much of the cost is the JavaScript the page loads; then as often starting
 * from a page of another site. From about:blank, a page without a
 * Cross-Origin-Opener-Policy can reuse the blank tab's warm renderer, while the site's
 * policy (SECURITY.md) puts it in a new browsing context group: a cost a reader who
 * follows a link from another site pays with or without the header.
 */
async function lighthouse(url: string): Promise<LighthouseResult> {
  const median = async (options: LighthouseRun) => {
    const runs: LighthouseFigures[] = [];
    for (let i = 0; i < lighthouseRuns; i++) runs.push(await lighthouseOnce(url, options));
    runs.sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
    const middle = runs[Math.floor(runs.length / 2)];
    if (!middle) throw new Error('no Lighthouse run');
    return { middle, runs };
  };
  // "Another site": localhost is a different site from the 127.0.0.1 the page is served on.
  const elsewhere = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Elsewhere</title><p>A page of another site.</p>');
  });
  await new Promise<void>((resolve) => elsewhere.listen(port + 2, '127.0.0.1', resolve));
  try {
    const { middle, runs } = await median({});
    const blocked = (await median({ blockScripts: true })).middle;
    const arriving = (await median({ blankPage: `http://localhost:${port + 2}/` })).middle;
    const brief = (f: LighthouseFigures) => ({ performance: f.performance, lcpMs: f.lcpMs, tbtMs: f.tbtMs });
    return { ...middle, runs: runs.map(brief), withoutScripts: brief(blocked), fromOtherSite: brief(arriving) };
  } finally {
    elsewhere.close();
  }
}

async function lighthouseOnce(url: string, { blockScripts = false, blankPage = 'about:blank' }: LighthouseRun): Promise<LighthouseFigures> {
  // The server shares this machine's two cores with the browser. A request for a page past its
  // revalidation time regenerates it in the background, and that work would be counted as the
  // browser's (Lighthouse multiplies what it observes): ask for the page first and let the
  // server settle, so the run measures the page as a reader's own device would load it.
  await (await fetch(url)).arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const chromeLauncher = await import('chrome-launcher');
  const { default: run } = await import('lighthouse');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await run(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      blockedUrlPatterns: blockScripts ? ['*.js'] : [],
      blankPage,
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
      failing: ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
        (categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c}: ${ref.id}`),
      ),
    };
  } finally {
    chrome.kill();
  }
}

/** `next dev` over the newsroom: each request's time, or undefined when it took longer than --dev-timeout. */
interface DevFigures {
  frontFirstMs?: number;
  frontSecondMs?: number;
  articleFirstMs?: number;
  articleSecondMs?: number;
  /** From an article file's save to its page showing the new headline. */
  savedShowsMs?: number;
}

interface SizeResult {
  articles: number;
  newsroomMb: number;
  /** What was served: the quick run serves the site's own build. */
  served: string;
  contentCheck: Timed;
  /** The check again with nothing changed, then with one article changed. */
  contentCheckUnchanged?: Timed;
  contentCheckOneChanged?: Timed;
  build?: Timed;
  /** From `next start` to the first 200 of the front page. */
  firstAnswerMs?: number;
  /** The server process's resident memory after --mixed-requests requests over the whole archive. */
  mixed?: { requests: number; errors: number; rssMb: number };
  dev?: DevFigures;
  prerendered: number;
  pages: PageFigures[];
  lighthouse?: LighthouseResult;
}

async function benchSize(count: number): Promise<SizeResult> {
  const contentDir = path.join(root, 'bench-results', `newsroom-${count}`);
  const distRel = path.join('bench-results', `next-${count}`);
  const distDir = path.join(root, distRel);
  const logs = path.join(root, 'bench-results', 'logs');
  mkdirSync(logs, { recursive: true });
  const say = (text: string) => console.log(`[${count}] ${text}`);

  const written = writeNewsroom(contentDir, { count, seed, newest: new Date('2026-11-20T09:00:00Z') });
  say(`generated ${written.articles} articles (${(written.bytes / 1e6).toFixed(1)} MB)`);
  // A fresh build folder; the content check below records its body checks there for the build.
  rmSync(distDir, { recursive: true, force: true });
  const buildEnv: Record<string, string> = { CONTENT_DIR: contentDir, MASTHEAD_DIST_DIR: distRel };
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const next = path.join(root, 'node_modules', '.bin', 'next');
  const check = (log: string) => run(tsx, ['scripts/content-check.ts'], buildEnv, path.join(logs, `${log}-${count}.log`));
  const contentCheck = await check('content-check');
  say(`content check ${contentCheck.seconds.toFixed(1)} s (CPU ${contentCheck.cpuSeconds.toFixed(1)} s), ${contentCheck.peakMb} MB`);
  if (contentCheck.code !== 0) throw new Error(`content check failed: see bench-results/logs/content-check-${count}.log`);
  let contentCheckUnchanged: Timed | undefined;
  let contentCheckOneChanged: Timed | undefined;
  if (!quick) {
    contentCheckUnchanged = await check('content-check-unchanged');
    say(`content check, nothing changed: ${contentCheckUnchanged.seconds.toFixed(1)} s`);
    // An editor's typical change: one paragraph more in an article from the middle of the archive.
    const edited = articleFile(contentDir, Math.ceil(count / 2));
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA paragraph added after publication, with the ministry's reply.\n`);
    contentCheckOneChanged = await check('content-check-one-changed');
    say(`content check, one article changed: ${contentCheckOneChanged.seconds.toFixed(1)} s`);
  }

  let build: Timed | undefined;
  let servedDist = distDir;
  if (quick) {
    // The smoke run serves the site's own build (npm test has just made it) with the
    // standalone server, so it needs no second build and checks standalone output works.
    servedDist = path.join(root, '.next');
    if (!existsSync(path.join(servedDist, 'standalone', 'server.js'))) throw new Error('--quick serves the existing build: run `npm run build` first');
  } else {
    build = await preserving(['tsconfig.json', 'next-env.d.ts'], () => run(next, ['build'], buildEnv, path.join(logs, `build-${count}.log`)));
    say(`next build ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s), peak ${build.peakMb} MB`);
    if (build.code !== 0) throw new Error(`next build failed: see bench-results/logs/build-${count}.log`);
    await run(process.execPath, ['scripts/postbuild.mjs'], buildEnv, path.join(logs, `postbuild-${count}.log`));
  }
  const manifest: unknown = JSON.parse(readFileSync(path.join(servedDist, 'prerender-manifest.json'), 'utf8'));
  const routes: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'routes') : undefined;
  const prerendered = typeof routes === 'object' && routes !== null ? Object.keys(routes).length : 0;
  const result: SizeResult = {
    articles: count,
    served: quick ? 'content/ (the existing .next build, standalone server)' : `generated newsroom of ${count} (standalone server)`,
    newsroomMb: Number((written.bytes / 1e6).toFixed(1)),
    contentCheck,
    contentCheckUnchanged,
    contentCheckOneChanged,
    build,
    prerendered,
    pages: [],
  };
  if (values['build-only']) return result;

  // The server's own output goes to its log, to tell a crash from a slow answer.
  const serverLog = openSync(path.join(logs, `server-${count}.log`), 'w');
  const stdio: ['ignore', number, number] = ['ignore', serverLog, serverLog];
  // As `npm start` serves a build: its standalone server.
  const started = performance.now();
  const server = spawn(process.execPath, [path.join(servedDist, 'standalone', 'server.js')], {
    env: { ...env, ...(quick ? {} : buildEnv), PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio,
  });
  closeSync(serverLog);
  let reference: Server | undefined;
  let articlePath = '';
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/`, server, 120, 50);
    result.firstAnswerMs = Math.round(performance.now() - started);
    say(`first answer ${result.firstAnswerMs} ms after start`);
    const front = await (await fetch(`${base}/`)).text();
    // The front lists the newest story first: the generator's 1,500-word reference article.
    articlePath = /href="(\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+)"/.exec(front)?.[1] ?? '';
    if (!articlePath) throw new Error('no article link on the front page');
    const sectionPath = `/${articlePath.split('/')[1] ?? ''}`;
    const staticRoot = path.join(root, 'bench-results', `static-${count}`);
    rmSync(staticRoot, { recursive: true, force: true });
    const framework = frameworkFiles(servedDist);
    const pages = [
      await measurePage(base, quick ? 'Article (newest)' : 'Article (1,500 words)', articlePath, framework, staticRoot),
      await measurePage(base, 'Section front', sectionPath, framework, staticRoot),
      await measurePage(base, 'Front page', '/', framework, staticRoot),
    ];
    reference = await startStaticServer(staticRoot, port + 1);
    for (const page of pages) {
      page.next = await load(base + page.path);
      page.static = await load(`http://127.0.0.1:${port + 1}${page.path}`);
      say(`${page.name}: ${page.next.requestsPerSecond} req/s (static ${page.static.requestsPerSecond})`);
    }
    result.pages = pages;
    if (!quick) {
      result.mixed = await mixedLoad(base, server.pid);
      say(`after ${result.mixed.requests} mixed requests: RSS ${result.mixed.rssMb} MB, ${result.mixed.errors} errors`);
    }
    if (lighthouseOn) {
      result.lighthouse = await lighthouse(base + articlePath);
      say(`Lighthouse performance ${result.lighthouse.performance}`);
    }
  } finally {
    server.kill();
    reference?.close();
  }
  if (devOn) {
    result.dev = await measureDev(count, buildEnv, contentDir, articlePath);
    say(`next dev: front ${ms(result.dev.frontFirstMs)} then ${ms(result.dev.frontSecondMs)}, article ${ms(result.dev.articleFirstMs)} then ${ms(result.dev.articleSecondMs)}, a save shows after ${ms(result.dev.savedShowsMs)}`);
  }
  return result;
}

const ms = (value: number | undefined) => (value === undefined ? `> ${devTimeoutMs / 1000} s` : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value} ms`);

/** The file of the n-th article of a generated newsroom (1 is the oldest). */
function articleFile(contentDir: string, n: number): string {
  const name = `story-${String(n).padStart(6, '0')}.mdx`;
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === name) found.push(path.join(dir, entry.name));
    }
  };
  walk(path.join(contentDir, 'articles'));
  if (!found[0]) throw new Error(`no ${name} in ${contentDir}`);
  return found[0];
}

/**
 * Requests spread over the whole archive (articles from every part of the sitemap, most
 * of them rendered on first request, fronts, a tag, feeds, search, a 404), then the
 * server process's resident memory: what an archive of this size costs a server.
 */
async function mixedLoad(base: string, launcher: number | undefined): Promise<{ requests: number; errors: number; rssMb: number }> {
  const sitemap = await (await fetch(`${base}/sitemaps/articles-1.xml`)).text();
  const articles = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  const spread = Array.from({ length: 40 }, (_, i) => articles[Math.floor((i * articles.length) / 40)]).filter((u): u is string => Boolean(u));
  const front = await (await fetch(`${base}/`)).text();
  const sections = [...new Set([...front.matchAll(/href="(\/[a-z-]+)"/g)].map((m) => m[1] ?? ''))].slice(0, 4);
  const tag = /href="(\/tags\/[a-z0-9-]+)"/.exec(await (await fetch(`${base}${spread[0] ?? '/'}`)).text())?.[1] ?? '/tags';
  const urls = [...spread, '/', ...sections, tag, '/tags', '/feed.xml', '/sitemap.xml', '/search?q=council', '/search?q=flood+defences', '/no-such-page'];
  const result = await runLoad({ baseUrl: base, connections: 16, amount: mixedRequests, urls });
  const pid = launcher === undefined ? undefined : (serverPid(launcher) ?? launcher);
  return { requests: result.requests, errors: result.errors + result.timeouts + result.serverErrors, rssMb: pid === undefined ? 0 : Math.round(rssMiB(pid)) };
}

/** Resolves once something listens on `port`. */
async function listening(port: number, child: ChildProcess, seconds = 120): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next dev exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`next dev did not listen on ${port} within ${seconds} s`);
}

/** The time one request takes, or undefined past --dev-timeout. */
async function timed(url: string): Promise<{ ms?: number; html: string }> {
  const started = performance.now();
  try {
    const html = await (await fetch(url, { signal: AbortSignal.timeout(devTimeoutMs) })).text();
    return { ms: Math.round(performance.now() - started), html };
  } catch {
    return { html: '' };
  }
}

/**
 * `next dev` as an editor uses it: the front and an article, each twice (the first
 * request compiles the route), then how long a saved article takes to show.
 */
async function measureDev(count: number, buildEnv: Record<string, string>, contentDir: string, articlePath: string): Promise<DevFigures> {
  const devEnv: NodeJS.ProcessEnv = { ...process.env, ...buildEnv, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' };
  const log = openSync(path.join(root, 'bench-results', 'logs', `dev-${count}.log`), 'w');
  const next = path.join(root, 'node_modules', '.bin', 'next');
  const dev = spawn(next, ['dev', '-p', String(port), '-H', '127.0.0.1'], { env: devEnv, stdio: ['ignore', log, log], detached: true });
  closeSync(log);
  const base = `http://127.0.0.1:${port}`;
  const figures: DevFigures = {};
  const file = articleFile(contentDir, count);
  const original = readFileSync(file, 'utf8');
  try {
    await preserving(['tsconfig.json', 'next-env.d.ts'], async () => {
      await listening(port, dev);
      figures.frontFirstMs = (await timed(`${base}/`)).ms;
      figures.frontSecondMs = (await timed(`${base}/`)).ms;
      figures.articleFirstMs = (await timed(base + articlePath)).ms;
      figures.articleSecondMs = (await timed(base + articlePath)).ms;
      // Saved the way editors' tools save: a new file renamed over the old one.
      const headline = `A headline saved at ${Date.now()}`;
      writeFileSync(`${file}.tmp`, original.replace(/^headline: .*$/m, `headline: "${headline}"`));
      const saved = performance.now();
      renameSync(`${file}.tmp`, file);
      while (performance.now() - saved < devTimeoutMs) {
        const page = await timed(base + articlePath);
        if (page.html.includes(headline)) {
          figures.savedShowsMs = Math.round(performance.now() - saved);
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    });
  } finally {
    writeFileSync(file, original);
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
  }
  return figures;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function markdown(results: SizeResult[]): string {
  const lines = [
    `## Masthead bench${values.label ? ` (${values.label})` : ''}`,
    '',
    '| Articles | Newsroom | Content check (wall / CPU) | Build wall time | Build CPU time | Build peak memory | Pages prerendered |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.articles.toLocaleString('en-GB')} | ${r.newsroomMb} MB | ${r.contentCheck.seconds.toFixed(1)} s / ${r.contentCheck.cpuSeconds.toFixed(1)} s | ${r.build ? `${r.build.seconds.toFixed(1)} s` : '–'} | ${r.build ? `${r.build.cpuSeconds.toFixed(1)} s` : '–'} | ${r.build ? `${r.build.peakMb} MB` : '–'} | ${r.prerendered} |`,
    ),
  ];
  const scaled = results.filter((r) => r.contentCheckUnchanged || r.firstAnswerMs !== undefined);
  if (scaled.length) {
    const secs = (t: Timed | undefined) => (t ? `${t.seconds.toFixed(1)} s` : '–');
    const pair = (a: number | undefined, b: number | undefined) => `${ms(a)} / ${ms(b)}`;
    lines.push(
      '',
      `Cost as the archive grows. Content check: the full check, again with nothing changed, then with one article changed. Server: \`next start\` to its first answer, and its resident memory after ${mixedRequests.toLocaleString('en-GB')} requests spread over the archive. \`next dev\`: first / second request of the front and of an article, and how long a saved article takes to show.`,
      '',
      '| Articles | Check full (wall / peak memory) | Nothing changed | One article changed | Server first answer | Server RSS after mixed requests | dev: front | dev: article | dev: a save shows after |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...scaled.map((r) => {
        const d = r.dev;
        const dev = d ? [pair(d.frontFirstMs, d.frontSecondMs), pair(d.articleFirstMs, d.articleSecondMs), ms(d.savedShowsMs)] : ['–', '–', '–'];
        const mixed = r.mixed ? `${r.mixed.rssMb} MB${r.mixed.errors ? ` (${r.mixed.errors} errors)` : ''}` : '–';
        return `| ${r.articles.toLocaleString('en-GB')} | ${secs(r.contentCheck)} / ${r.contentCheck.peakMb} MB | ${secs(r.contentCheckUnchanged)} | ${secs(r.contentCheckOneChanged)} | ${r.firstAnswerMs === undefined ? '–' : `${r.firstAnswerMs} ms`} | ${mixed} | ${dev.join(' | ')} |`;
      }),
    );
  }
  const served = results.filter((r) => r.pages.length);
  if (served.length) {
    lines.push(
      '',
      `Served: ${served.map((r) => r.served).join('; ')}. Load: autocannon, ${connections} connections for ${duration} s per page on 127.0.0.1; static = the same HTML from a bare Node server.`,
      '',
      '| Articles | Page | HTML | HTML gzip | App JS gzip | Framework JS gzip | Inline JS gzip | Next req/s | p50 / p99 | Static req/s | p50 / p99 | Next ÷ static |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of served) {
      for (const p of r.pages) {
        const n = p.next;
        const s = p.static;
        const ratio = n && s && s.requestsPerSecond ? `${((n.requestsPerSecond / s.requestsPerSecond) * 100).toFixed(1)} %` : '–';
        lines.push(
          `| ${r.articles.toLocaleString('en-GB')} | ${p.name} | ${kb(p.htmlBytes)} | ${kb(p.htmlGzip)} | ${kb(p.appJsGzip)} | ${kb(p.frameworkJsGzip)} | ${kb(p.inlineJsGzip)} | ${n?.requestsPerSecond ?? '–'} | ${n ? `${n.p50Ms} / ${n.p99Ms} ms` : '–'} | ${s?.requestsPerSecond ?? '–'} | ${s ? `${s.p50Ms} / ${s.p99Ms} ms` : '–'} | ${ratio} |`,
        );
      }
    }
  }
  const audited = results.filter((r) => r.lighthouse);
  if (audited.length) {
    lines.push(
      '',
      `Lighthouse 12 (mobile, simulated throttling) on the article page, median of ${lighthouseRuns} runs from about:blank (Lighthouse's default); then the median with every script blocked, and the median starting on a page of another site:`,
      '',
      '| Articles | Performance (each run) | Accessibility | Best practices | SEO | LCP | TBT | CLS | Without scripts: performance, LCP, TBT | From another site: performance, LCP, TBT |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of audited) {
      const l = r.lighthouse;
      if (!l) continue;
      const each = l.runs.map((x) => x.performance).join(', ');
      const brief = (f: LighthouseResult['withoutScripts']) => `${f.performance}, ${f.lcpMs} ms, ${f.tbtMs} ms`;
      lines.push(
        `| ${r.articles.toLocaleString('en-GB')} | ${l.performance} (${each}) | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} | ${brief(l.withoutScripts)} | ${brief(l.fromOtherSite)} |`,
      );
    }
    const failing = [...new Set(audited.flatMap((r) => r.lighthouse?.failing ?? []))];
    if (failing.length) lines.push('', `Audits not passed: ${failing.join(', ')}.`);
  }
  return lines.join('\n');
}

async function main() {
  const auditUrl = values['lighthouse-url'];
  if (auditUrl) {
    console.log(JSON.stringify(await lighthouse(auditUrl), null, 2));
    return;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const name = `bench-${values.label ? `${values.label}-` : ''}${quick ? 'quick-' : ''}${stamp}`;
  const compareRef = values['compare-ref'];
  if (compareRef) {
    const logs = path.join(root, 'bench-results', 'logs');
    mkdirSync(logs, { recursive: true });
    const comparison = await compareWithRef(compareRef, { root, logs, port, lighthouseRuns, run, preserving, waitFor, load, lighthouseOnce });
    const text = comparisonMarkdown(comparison, connections, duration);
    writeFileSync(path.join(root, 'bench-results', `${name}-compare.json`), JSON.stringify(comparison, null, 2));
    writeFileSync(path.join(root, 'bench-results', `${name}-compare.md`), `${text}\n`);
    console.log(`\n${text}\n\nWrote bench-results/${name}-compare.json and .md`);
    if (!values.count) return;
  }
  const results: SizeResult[] = [];
  let report = '';
  // The report is written again after each size, so a failure at a later size keeps the figures before it.
  for (const count of counts) {
    results.push(await benchSize(count));
    report = markdown(results);
    const json = { label: values.label, quick, seed, connections, duration, node: process.version, results };
    writeFileSync(path.join(root, 'bench-results', `${name}.json`), JSON.stringify(json, null, 2));
    writeFileSync(path.join(root, 'bench-results', `${name}.md`), `${report}\n`);
  }
  console.log(`\n${report}\n`);
  console.log(`Wrote bench-results/${name}.json and .md`);
}

main().catch((error: unknown) => {
  // fetch() says only "fetch failed"; the reason (refused, reset, timed out) is its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  console.error(error instanceof Error ? `${error.message}${cause}` : error);
  if (error instanceof Error && error.stack) console.error(error.stack.split('\n').slice(1, 4).join('\n'));
  process.exit(1);
});
