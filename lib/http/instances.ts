import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isRunning } from '../site/processes';
import { SECRET_VARIABLE } from './revalidation-secret';

/**
 * How `npm run content:publish` finds the servers of its own checkout with no configuration: a
 * server writes its address (and the secret it made, when none was configured) to a file of its
 * own in an `instances` folder beside the store it reads, readable by its user only, and removes
 * it as it stops; the publisher tells the servers announced beside the stores it writes. An
 * operator's list of instances replaces this (scripts/publish-changes.ts).
 */

export interface Instance {
  url: string;
  /** The secret the server made for itself; absent when MASTHEAD_REVALIDATE_SECRET gave it one. */
  secret?: string;
  pid: number;
  /** The store file the server follows. */
  store: string;
}

const instanceFile = z.object({ url: z.string().url(), secret: z.string().optional(), pid: z.number().int(), store: z.string() });

/** The folder of the instance files of the servers reading a store file. */
const instancesDir = (store: string) => path.join(path.dirname(store), 'instances');

/**
 * Writes this server's instance file beside `store` (an absolute path), making it a secret first
 * when none is configured. A server that cannot write there says so, and is told of nothing.
 */
export function announceInstance(port: string, host: string | undefined, store: string): void {
  let secret: string | undefined;
  if (!process.env[SECRET_VARIABLE]) {
    secret = randomBytes(32).toString('base64url');
    // Read by the guard and the endpoint, whichever bundle of the site they are in.
    process.env[SECRET_VARIABLE] = secret;
  }
  const dir = instancesDir(store);
  const own = path.join(dir, `${process.pid}.json`);
  // A server listening on every interface, or given a name (often the machine's, inherited by a
  // shell; `next start -H` does not set it), is reached on the loopback address.
  const reachable = host && isIP(host) && host !== '0.0.0.0' && host !== '::' ? host : '127.0.0.1';
  const instance: Instance = { url: `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`, pid: process.pid, store, ...(secret ? { secret } : {}) };
  try {
    mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, mode: 0o700 });
    // Files of servers that ended without removing theirs (killed) go now, before a pid is reused.
    for (const name of readdirSync(/*turbopackIgnore: true*/ dir)) {
      const pid = Number(/^(\d+)\.json$/.exec(name)?.[1]);
      if (pid && !isRunning(pid)) rmSync(/*turbopackIgnore: true*/ path.join(dir, name), { force: true });
    }
    writeFileSync(/*turbopackIgnore: true*/ own, JSON.stringify(instance), { mode: 0o600 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`This server cannot announce itself in ${dir} (${reason}): name it to \`npm run content:publish\` with --instance or MASTHEAD_INSTANCES.`);
    return;
  }
  process.once('exit', () => rmSync(/*turbopackIgnore: true*/ own, { force: true }));
}

/** The running servers that announced themselves as reading these store files (absolute paths); files of ended processes are skipped. */
export function announcedInstances(stores: readonly string[]): Instance[] {
  const found: Instance[] = [];
  for (const store of stores) {
    const dir = instancesDir(store);
    let names: string[];
    try {
      names = readdirSync(/*turbopackIgnore: true*/ dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      let text: unknown;
      try {
        text = JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(dir, name), 'utf8'));
      } catch {
        continue; // being written, or removed as its server stopped
      }
      const parsed = instanceFile.safeParse(text);
      if (parsed.success && parsed.data.store === store && isRunning(parsed.data.pid)) found.push(parsed.data);
    }
  }
  return found;
}
