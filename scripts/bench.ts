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
 *   npm run bench -- --page-types-only              Lighthouse on each page type alone (below)
 * Options: --seed N, --label TEXT, --duration S, --connections N, --no-lighthouse,
 *   --lighthouse-runs N (default 5, as Lighthouse's own guidance on variability advises:
 *   the median run is reported),
 *   --port N (default 3305; the static server takes the next one, the "other site" page
 *   Lighthouse can start from the one after),
 *   --compare-ref REF: build REF (e.g. main) in a temporary git worktree and measure it and
 *   this tree side by side in one run (scripts/bench-compare.ts); sizes only with --count,
 *   Lighthouse left out with --no-lighthouse.
 *   --no-dev (skip `next dev`), --dev-timeout S (longest wait for one `next dev` request,
 *   default 600), --mixed-requests N (the mixed requests after which server memory is read,
 *   default 10,000). The same script measures a checkout from before the content store
 *   (it passes no option the content check of such a checkout would not know).
 *
 * Without --quick, publishing to the running server is timed too, as before and with regeneration
 * and Varnish's purge, and with four instances (scripts/bench-publish.ts).
 *
 * Then, with Lighthouse on, every reader page type of the site's own newsroom (article, live
 * blog, front, section, search) is audited, from the server and from a recorded copy of its
 * answers, the runs interleaved (scripts/bench-page-types.ts).
 *
 * Each size is built into its own folder (bench-results/next-<N>) so the site's
 * own .next build is left alone.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server } from 'node:http';
import path from 'node:path';
import { compareWithRef, comparisonMarkdown } from './bench-compare';
import { NEWEST, writeNewsroom } from './newsroom';
import { startStaticServer } from './static-server';
import { articleFile, measureDev, mixedLoad } from './bench-dev';
import { lighthouse, lighthouseOnce } from './bench-lighthouse';
import { benchPageTypes } from './bench-page-types';
import { connections, counts, devOn, duration, env, lighthouseOn, lighthouseRuns, port, quick, root, seed, values } from './bench-options';
import { PAST_THE_CACHE, frameworkFiles, load, measurePage } from './bench-pages';
import { SizeResult, markdown, ms, pageTypesMarkdown } from './bench-report';
import { serverMemoryEnv } from '../lib/site/server-memory';
import { Timed, preserving, run, waitFor } from './bench-run';
import { liveBlogFiles, measurePublishing, publishingMarkdown } from './bench-publish';

async function benchSize(count: number): Promise<SizeResult> {
  const contentDir = path.join(root, 'bench-results', `newsroom-${count}`);
  const distRel = path.join('bench-results', `next-${count}`);
  const distDir = path.join(root, distRel);
  const logs = path.join(root, 'bench-results', 'logs');
  mkdirSync(logs, { recursive: true });
  const say = (text: string) => console.log(`[${count}] ${text}`);

  const written = writeNewsroom(contentDir, { count, seed, newest: new Date(NEWEST) });
  say(`generated ${written.articles} articles (${(written.bytes / 1e6).toFixed(1)} MB)`);
  // An open live blog too, so a live update can be published to the server (scripts/bench-publish.ts).
  if (!quick) {
    for (const [file, text] of Object.entries(liveBlogFiles(new Date(NEWEST)))) {
      mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
      writeFileSync(path.join(contentDir, file), text);
    }
  }
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
    env: { ...env, ...(quick ? {} : buildEnv), ...serverMemoryEnv(env), PORT: String(port), HOSTNAME: '127.0.0.1' },
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
      page.nextAlone = await load(base + page.path, PAST_THE_CACHE);
      page.static = await load(`http://127.0.0.1:${port + 1}${page.path}`);
      say(`${page.name}: ${page.next.requestsPerSecond} req/s, Next alone ${page.nextAlone.requestsPerSecond} (static ${page.static.requestsPerSecond})`);
    }
    result.pages = pages;
    if (!quick) {
      result.mixed = await mixedLoad(base, server.pid);
      say(`after ${result.mixed.requests} mixed requests: RSS ${result.mixed.rssMb} MB, ${result.mixed.errors} errors`);
    }
    if (!quick) {
      result.publishing = await measurePublishing({ count, base, contentDir, distDir: servedDist, buildEnv, logs, varnishPort: port + 400, say });
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
    const comparison = await compareWithRef(compareRef, { root, logs, port, lighthouseRuns: lighthouseOn ? lighthouseRuns : 0, run, preserving, waitFor, load, lighthouseOnce });
    const text = comparisonMarkdown(comparison, connections, duration);
    writeFileSync(path.join(root, 'bench-results', `${name}-compare.json`), JSON.stringify(comparison, null, 2));
    writeFileSync(path.join(root, 'bench-results', `${name}-compare.md`), `${text}\n`);
    console.log(`\n${text}\n\nWrote bench-results/${name}-compare.json and .md`);
    if (!values.count) return;
  }
  const results: SizeResult[] = [];
  let report = '';
  const write = (json: object) => {
    writeFileSync(path.join(root, 'bench-results', `${name}.json`), JSON.stringify({ label: values.label, quick, seed, connections, duration, node: process.version, ...json }, null, 2));
    writeFileSync(path.join(root, 'bench-results', `${name}.md`), `${report}\n`);
  };
  // The report is written again after each size, so a failure at a later size keeps the figures before it.
  for (const count of values['page-types-only'] ? [] : counts) {
    results.push(await benchSize(count));
    const published = results.flatMap((r) => (r.publishing ? [{ articles: r.articles, publishing: r.publishing }] : []));
    report = [markdown(results), published.length ? publishingMarkdown(published) : ''].filter(Boolean).join('\n\n');
    write({ results });
  }
  if (lighthouseOn || values['page-types-only']) {
    const pageTypes = await benchPageTypes((text) => console.log(`[page types] ${text}`));
    report = [report, pageTypesMarkdown(pageTypes)].filter(Boolean).join('\n\n');
    write({ results, pageTypes });
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
