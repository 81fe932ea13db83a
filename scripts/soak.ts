// The long soak test: a standalone server of its own on 127.0.0.1 (a copy of the build's, as
// `npm start` runs it) is sent made-up addresses of every route shape, round after round, and
// its folders and memory are reported after each; then its one-second cache is flooded with
// invented query strings while readers ask for the front page, and how often they are answered
// from the cache is compared with the same reading without the flood. Needs a build
// (`npm run build`). The short form runs in `npm test` (e2e/unknown-addresses.spec.ts).
//
//   npx tsx scripts/soak.ts [--port 3207] [--total 200000] [--seconds 10] [--skip-addresses] [--skip-flood]
//                           [--response-cache off] [--standalone DIR (another build's standalone server)]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { distDir } from '../lib/site/dist-dir';
import { serverMemoryEnv } from '../lib/site/server-memory';
import { folderState, hammer, madeUpAddresses, soak } from '../testing/soak';
import { rssMiB } from './server-process';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3207' },
    total: { type: 'string', default: '200000' },
    seconds: { type: 'string', default: '10' },
    'skip-addresses': { type: 'boolean', default: false },
    'skip-flood': { type: 'boolean', default: false },
    'response-cache': { type: 'string', default: 'on' },
    standalone: { type: 'string' },
  },
});
const port = Number(values.port);
const total = Number(values.total);
const seconds = Number(values.seconds);
const ROUND = 25_000;

async function waitForServer(base: string) {
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return;
    await sleep(500);
  }
  throw new Error(`no server on ${base} after 60 s`);
}

/** Samples a process's memory until stopped; the highest seen. */
function peakOf(pid: number): { stop: () => number } {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rssMiB(pid));
    },
  };
}

async function addresses(base: string, served: string, pid: number) {
  const build = readFileSync(path.join(served, 'BUILD_ID'), 'utf8').trim();
  console.log(`\nMade-up addresses of every route shape, ${ROUND.toLocaleString('en-GB')} a round, 8 connections`);
  console.log('round | requests | req/s | statuses | files under .next | MB under .next | RSS MiB');
  const start = folderState(served);
  console.log(`start | 0 | | | ${start.files} | ${(start.bytes / 1e6).toFixed(1)} | ${rssMiB(pid)}`);
  let sent = 0;
  for (let round = 1; sent < total; round++) {
    const count = Math.min(ROUND, total - sent);
    const result = await soak(base, madeUpAddresses(count, build, round));
    sent += count;
    const folder = folderState(served);
    const statuses = [...result.statuses].map(([status, n]) => `${status}×${n}`).join(' ');
    console.log(`${round} | ${sent} | ${(count / result.seconds).toFixed(0)} | ${statuses} | ${folder.files} | ${(folder.bytes / 1e6).toFixed(1)} | ${rssMiB(pid)}`);
  }
  await sleep(15_000);
  console.log(`after 15 s at rest: RSS ${rssMiB(pid)} MiB`);
}

async function flood(base: string, pid: number) {
  console.log(`\nThe front page read by one reader at a time for ${seconds} s, alone, then beside 8 connections of invented 12 KB query strings with a 3.8 KB Accept-Encoding`);
  const reader = () => ({ target: '/', headers: { 'accept-encoding': 'gzip' } });
  const junk = 'q'.repeat(12 * 1024);
  const encoding = `gzip, ${'x'.repeat(3_800)}`;
  const invented = (n: number) => ({ target: `/?${junk}${n}-${Math.random().toString(36).slice(2)}`, headers: { 'accept-encoding': encoding } });
  for (const withFlood of [false, true]) {
    const peak = peakOf(pid);
    const [readers, attackers] = await Promise.all([hammer(base, 1, seconds, reader), withFlood ? hammer(base, 8, seconds, invented) : Promise.resolve(undefined)]);
    console.log(
      `${withFlood ? 'with the flood' : 'alone'}: front page answered ${readers.answers} times, ${readers.fromCache} from the one-second cache` +
        (attackers ? `; invented addresses answered ${attackers.answers} times, ${attackers.fromCache} from the cache` : '') +
        `; peak RSS ${peak.stop()} MiB`,
    );
    await sleep(2_000);
  }
}

async function main() {
  // A copy of the standalone server, so the site's own build is left as it was.
  const dist = mkdtempSync(path.join(os.tmpdir(), 'masthead-soak-'));
  cpSync(path.resolve(values.standalone ?? path.join(distDir(), 'standalone')), path.join(dist, 'standalone'), { recursive: true, preserveTimestamps: true });
  const served = path.join(dist, 'standalone', '.next');
  const server = spawn(process.execPath, [path.join(dist, 'standalone', 'server.js')], {
    env: { ...process.env, ...serverMemoryEnv(), NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', MASTHEAD_RESPONSE_CACHE: values['response-cache'] },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    server.kill();
    rmSync(dist, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(base);
    const pid = server.pid ?? 0;
    console.log(`standalone server pid ${pid} on ${base}, RSS after start ${rssMiB(pid)} MiB`);
    if (!values['skip-addresses']) await addresses(base, served, pid);
    if (!values['skip-flood']) await flood(base, pid);
  } finally {
    stop();
  }
}

void main();
