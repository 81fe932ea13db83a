// The full load test: a production server of its own on 127.0.0.1 (the standalone server, as
// `npm start` runs it), 64 connections on a mix of article, front, feed, sitemap, search and
// 404 URLs for 30 s, then more rounds until at least 100,000 requests have been served, with
// the server's resident memory after each round and after a rest, and how many answers took
// over a second. Needs a build (`npm run build`). The short form runs in `npm test`
// (e2e/security-load.spec.ts).
//
//   npx tsx scripts/load-test.ts [--port 3205] [--seconds 30] [--total 100000]
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { distDir } from '../lib/dist-dir';
import { loadMix, runLoad, type LoadResult } from '../testing/load';
import { rssMiB, serverPid } from './server-process';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} expects a positive number`);
  return value;
}

const port = option('port', 3205);
const seconds = option('seconds', 30);
const total = option('total', 100_000);
const baseUrl = `http://127.0.0.1:${port}`;

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  throw new Error(`no server on ${baseUrl} after 60 s`);
}

function line(label: string, r: LoadResult, rss: number) {
  const statuses = Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(
    `${label.padEnd(10)} ${String(r.requests).padStart(7)} req in ${r.seconds.toFixed(1)} s = ${r.requestsPerSecond.toFixed(0)} req/s, ` +
      `p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, over 1 s ${r.overOneSecond}, errors ${r.errors}, timeouts ${r.timeouts}, [${statuses}], RSS ${rss} MiB`,
  );
}

async function main() {
  const server = spawn(process.execPath, [path.join(distDir(), 'standalone', 'server.js')], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    const pid = server.pid === undefined ? undefined : serverPid(server.pid);
    if (pid) process.kill(pid);
    server.kill();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  let failed = false;
  try {
    await waitForServer();
    const pid = server.pid === undefined ? undefined : serverPid(server.pid);
    if (!pid) throw new Error('cannot find the next-server process');
    for (const url of loadMix) await fetch(`${baseUrl}${url}`).then((r) => r.arrayBuffer());
    console.log(`next-server pid ${pid}, RSS after warm-up ${rssMiB(pid)} MiB; ${loadMix.length} URLs in the mix, 64 connections`);

    const first = await runLoad({ baseUrl, connections: 64, duration: seconds });
    line('30 s run', first, rssMiB(pid));
    let served = first.requests;
    let errors = first.errors + first.timeouts + first.serverErrors;
    let round = 1;
    const rounds: number[] = [rssMiB(pid)];
    while (served < total) {
      const amount = Math.min(25_000, total - served);
      const r = await runLoad({ baseUrl, connections: 64, amount });
      served += r.requests;
      errors += r.errors + r.timeouts + r.serverErrors;
      rounds.push(rssMiB(pid));
      line(`round ${++round}`, r, rssMiB(pid));
    }
    await sleep(15_000);
    const rested = rssMiB(pid);
    console.log(`\n${served} requests in all; errors + timeouts + 5xx: ${errors}`);
    console.log(`RSS after each round: ${rounds.join(', ')} MiB; after 15 s at rest: ${rested} MiB`);
    failed = errors > 0;
  } finally {
    stop();
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
