/**
 * What `npm run content:publish` does once the new store is in place (docs/decisions/0020): each
 * running server regenerates exactly the pages the change touches, then caches in front drop the
 * answers that showed it, by surrogate key (docs/decisions/0019). A server or cache that cannot be
 * reached is named and the others still get it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { announcedInstances } from '../lib/http/instances';
import { SECRET_VARIABLE } from '../lib/http/revalidation-secret';
import { revalidationPath } from '../lib/site/paths';

export interface Announcement {
  /** Addresses every server regenerates, whether it has answered them or not. */
  paths: string[];
  /** Keys purged from caches; each server also regenerates what it answered with them. */
  keys: string[];
}

export interface Targets {
  /** Servers to notify: configured, or those of this checkout that announced themselves. */
  instances: { url: string; secret: string | undefined }[];
  /** Varnish addresses that take a PURGE with the keys in `xkey-purge` (docs/varnish/masthead.vcl). */
  varnish: string[];
  /** A command run with the keys as its arguments and in MASTHEAD_PURGE_KEYS (Fastly, Cloudflare: docs/deploy.md). */
  purgeCommand: string | undefined;
}

const words = (text: string | undefined) => (text ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * The servers and caches to tell, from the options and the environment: --instance (or
 * MASTHEAD_INSTANCES), --instances-file (or MASTHEAD_INSTANCES_FILE, one address a line, which an
 * operator's discovery writes), else the servers reading the `stores` published to; --purge-varnish (or
 * MASTHEAD_VARNISH); --purge-command (or MASTHEAD_PURGE_COMMAND).
 */
export function announcementTargets(
  stores: readonly string[],
  options: { instance?: string[]; instancesFile?: string; purgeVarnish?: string[]; purgeCommand?: string },
  env: Record<string, string | undefined> = process.env,
): Targets {
  const secret = env[SECRET_VARIABLE] || undefined;
  const listFile = options.instancesFile ?? env.MASTHEAD_INSTANCES_FILE;
  const listed = [...(options.instance ?? []), ...words(env.MASTHEAD_INSTANCES), ...(listFile ? readFileSync(listFile, 'utf8').split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean) : [])];
  const instances = listed.length
    ? listed.map((url) => ({ url, secret }))
    : announcedInstances(stores).map((found) => ({ url: found.url, secret: secret ?? found.secret }));
  return {
    instances,
    varnish: [...(options.purgeVarnish ?? []), ...words(env.MASTHEAD_VARNISH)],
    purgeCommand: options.purgeCommand ?? (env.MASTHEAD_PURGE_COMMAND || undefined),
  };
}

interface Outcome {
  url: string;
  regenerated: string[];
  failed: { path: string; reason: string }[];
  error?: string;
  ms: number;
}

const regenerationAnswer = (value: unknown): value is { regenerated: string[]; failed: { path: string; reason: string }[] } =>
  typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'regenerated')) && Array.isArray(Reflect.get(value, 'failed'));

async function notify(instance: Targets['instances'][number], announcement: Announcement): Promise<Outcome> {
  const started = performance.now();
  const done = (rest: Omit<Outcome, 'url' | 'ms'>): Outcome => ({ url: instance.url, ms: Math.round(performance.now() - started), ...rest });
  if (!instance.secret) return done({ regenerated: [], failed: [], error: `no secret: set ${SECRET_VARIABLE} to the servers' own` });
  try {
    const answer = await fetch(new URL(revalidationPath, instance.url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${instance.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(announcement),
      signal: AbortSignal.timeout(120_000),
    });
    const body: unknown = answer.ok ? await answer.json() : undefined;
    if (!regenerationAnswer(body)) return done({ regenerated: [], failed: [], error: `it answered ${answer.status}${answer.status === 404 ? ' (a wrong secret, or no endpoint there)' : ''}` });
    return done({ regenerated: body.regenerated, failed: body.failed });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return done({ regenerated: [], failed: [], error: `${error instanceof Error ? error.message : String(error)}${cause}` });
  }
}

async function purgeVarnish(url: string, keys: string[]): Promise<string | undefined> {
  try {
    const answer = await fetch(url, { method: 'PURGE', headers: { 'xkey-purge': keys.join(' ') }, signal: AbortSignal.timeout(10_000) });
    await answer.arrayBuffer();
    return answer.ok ? undefined : `it answered ${answer.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const listed = (paths: string[], most = 12) => (paths.length <= most ? paths.join(' ') : `${paths.slice(0, most).join(' ')} … and ${paths.length - most} more`);

/** Tells every target; true when all of them took it. */
export async function announce(announcement: Announcement, targets: Targets): Promise<boolean> {
  if (!announcement.keys.length) {
    console.log('No page shows anything that changed: nothing to regenerate or purge.');
    return true;
  }
  let everyone = true;
  if (!targets.instances.length) console.log('No running server to tell (none configured, none of this checkout running): pages show the change as they revalidate.');
  const outcomes = await Promise.all(targets.instances.map((instance) => notify(instance, announcement)));
  for (const outcome of outcomes) {
    if (outcome.error) {
      everyone = false;
      console.error(`Not regenerated on ${outcome.url}: ${outcome.error}. Its pages show the change as they revalidate.`);
      continue;
    }
    console.log(`Regenerated on ${outcome.url} in ${outcome.ms} ms, ${outcome.regenerated.length} pages: ${listed(outcome.regenerated.sort())}`);
    if (outcome.failed.length) everyone = false;
    for (const { path: failed, reason } of outcome.failed) console.error(`  ${failed} could not be regenerated there: ${reason}`);
  }
  const keys = announcement.keys;
  for (const url of targets.varnish) {
    const problem = await purgeVarnish(url, keys);
    if (problem) everyone = false;
    console.log(problem ? `Not purged from Varnish at ${url}: ${problem}.` : `Purged from Varnish at ${url}: ${keys.join(' ')}`);
  }
  if (targets.purgeCommand) {
    const run = spawnSync('sh', ['-c', `${targets.purgeCommand} "$@"`, 'purge', ...keys], { stdio: 'inherit', env: { ...process.env, MASTHEAD_PURGE_KEYS: keys.join(' ') } });
    if (run.status !== 0) everyone = false;
    console.log(run.status === 0 ? `Purge command ran for: ${keys.join(' ')}` : `The purge command failed (exit ${run.status ?? run.signal}).`);
  }
  return everyone;
}
