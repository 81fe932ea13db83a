import { readFileSync, readdirSync } from 'node:fs';

/** The server process of a `next start` the load test or the bench started, and its memory, from /proc. */

/** The next-server process under the `next start` we spawned (it forks one). */
export function serverPid(root: number): number | undefined {
  const children = (pid: number): number[] => {
    const out: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === pid) out.push(Number(entry));
      } catch {
        // The process ended while we looked.
      }
    }
    return out;
  };
  const queue = [root];
  let found: number | undefined;
  while (queue.length) {
    const pid = queue.shift();
    if (pid === undefined) break;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('next-server') || readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('next-server')) found = pid;
    } catch {
      continue;
    }
    queue.push(...children(pid));
  }
  return found;
}

export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}
