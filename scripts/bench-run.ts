import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { devTimeoutMs, env } from './bench-options';

/** Running the bench's commands and servers: timed child processes, their memory, and waiting for an answer. */

export interface Timed {
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

export function run(command: string, args: string[], extraEnv: Record<string, string>, log: string): Promise<Timed> {
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
export function preserving<T>(files: string[], work: () => Promise<T>): Promise<T> {
  const saved = files.map((f) => [f, existsSync(f) ? readFileSync(f) : undefined] as const);
  return work().finally(() => {
    for (const [f, text] of saved) {
      if (text === undefined) rmSync(f, { force: true });
      else writeFileSync(f, text);
    }
  });
}

export async function waitFor(url: string, child: ChildProcess, seconds = 120, everyMs = 250): Promise<void> {
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

/** Resolves once something listens on `port`. */
export async function listening(port: number, child: ChildProcess, seconds = 120): Promise<void> {
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
export async function timed(url: string): Promise<{ ms?: number; html: string }> {
  const started = performance.now();
  try {
    const html = await (await fetch(url, { signal: AbortSignal.timeout(devTimeoutMs) })).text();
    return { ms: Math.round(performance.now() - started), html };
  } catch {
    return { html: '' };
  }
}
