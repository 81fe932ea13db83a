/**
 * Lighthouse (mobile) on every kind of reader page of the site's own newsroom, content/: an
 * article, the live blog, the front page, a section front and search results, each run
 * `--lighthouse-runs` times (5 unless told), the runs of all pages interleaved so a busy spell
 * of the shared machine falls on every page alike, and the median run reported.
 *
 * This machine has two cores, shared by the server and the browser (and whatever else runs).
 * Each page is therefore measured twice in every round: as the standalone server answers it,
 * and from a recorded copy of the same answers (scripts/bench-replay.ts), for which the server
 * does nothing while the browser loads. Where the two differ, the difference is the server's
 * work counted as the browser's, which a reader's phone does not pay.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import path from 'node:path';
import { serverMemoryEnv } from '../lib/site/server-memory';
import { auditOnce, type LighthouseFigures } from './bench-lighthouse';
import { env, lighthouseRuns, port, root } from './bench-options';
import { startReplay } from './bench-replay';
import { preserving, run, waitFor } from './bench-run';

/** One page of each kind in the sample newsroom (content/), the pages a reader meets most. */
const PAGE_TYPES = [
  ['Article', '/middle-east/2021/11/07/kadhimi-survives-drone-attack'],
  ['Live blog', '/middle-east/2021/11/07/kadhimi-drone-attack-live'],
  ['Front page', '/'],
  ['Section front', '/middle-east'],
  ['Search results', '/search?q=drone'],
] as const;

type Brief = Pick<LighthouseFigures, 'performance' | 'lcpMs' | 'tbtMs' | 'cls'>;

export interface PageTypeFigures {
  name: string;
  path: string;
  /** The median of each figure for each way of serving it, and every run's performance and TBT. */
  server: Brief & { runs: Pick<Brief, 'performance' | 'tbtMs'>[] };
  copy: Brief & { runs: Pick<Brief, 'performance' | 'tbtMs'>[] };
}

/** The middle value: of five runs, the third. */
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The median of each figure over the runs (the performance score's and TBT's each their own), with every run's score and TBT. */
function median(runs: LighthouseFigures[]): PageTypeFigures['server'] {
  if (runs.length === 0) throw new Error('no Lighthouse run');
  return {
    performance: middle(runs.map((r) => r.performance)),
    lcpMs: middle(runs.map((r) => r.lcpMs)),
    tbtMs: middle(runs.map((r) => r.tbtMs)),
    cls: middle(runs.map((r) => r.cls)),
    runs: runs.map((r) => ({ performance: r.performance, tbtMs: r.tbtMs })),
  };
}

/**
 * Builds the sample newsroom into bench-results/next-sample (the site's own .next is left
 * alone), serves it as `npm start` does, and measures every page type both ways.
 */
export async function benchPageTypes(say: (text: string) => void): Promise<PageTypeFigures[]> {
  const distRel = path.join('bench-results', 'next-sample');
  const logs = path.join(root, 'bench-results', 'logs');
  mkdirSync(logs, { recursive: true });
  rmSync(path.join(root, distRel), { recursive: true, force: true });
  const buildEnv = { MASTHEAD_DIST_DIR: distRel };
  const check = await run(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/content-check.ts'], buildEnv, path.join(logs, 'content-check-sample.log'));
  if (check.code !== 0) throw new Error('content check of content/ failed: see bench-results/logs/content-check-sample.log');
  const build = await preserving(['tsconfig.json', 'next-env.d.ts'], () => run(path.join(root, 'node_modules', '.bin', 'next'), ['build'], buildEnv, path.join(logs, 'build-sample.log')));
  if (build.code !== 0) throw new Error('next build of content/ failed: see bench-results/logs/build-sample.log');
  await run(process.execPath, ['scripts/postbuild.mjs'], buildEnv, path.join(logs, 'postbuild-sample.log'));
  say(`built the sample newsroom in ${build.seconds.toFixed(1)} s`);

  const serverLog = openSync(path.join(logs, 'server-sample.log'), 'w');
  const server = spawn(process.execPath, [path.join(root, distRel, 'standalone', 'server.js')], {
    env: { ...env, ...buildEnv, ...serverMemoryEnv(env), PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', serverLog, serverLog],
  });
  closeSync(serverLog);
  // The port after the static reference server's and the "other site" page's.
  const copyPort = port + 3;
  const copy = await startReplay(`http://127.0.0.1:${port}`, copyPort);
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitFor(`${origin}/`, server);
    const ways = [
      ['server', origin],
      ['copy', `http://127.0.0.1:${copyPort}`],
    ] as const;
    // One load of each page through the copy, unmeasured: it records every answer the page needs.
    for (const [, pagePath] of PAGE_TYPES) await auditOnce(`${ways[1][1]}${pagePath}`, say);
    const runs = new Map<string, LighthouseFigures[]>();
    for (let round = 0; round < lighthouseRuns; round++) {
      for (const [name, pagePath] of PAGE_TYPES) {
        for (const [way, base] of round % 2 ? [...ways].reverse() : ways) {
          const figures = await auditOnce(`${base}${pagePath}`, say);
          runs.set(`${name} ${way}`, [...(runs.get(`${name} ${way}`) ?? []), figures]);
          say(`Lighthouse round ${round + 1}, ${name}, ${way}: ${figures.performance}, TBT ${figures.tbtMs} ms`);
        }
      }
    }
    return PAGE_TYPES.map(([name, pagePath]) => ({
      name,
      path: pagePath,
      server: median(runs.get(`${name} server`) ?? []),
      copy: median(runs.get(`${name} copy`) ?? []),
    }));
  } finally {
    server.kill();
    copy.close();
  }
}
