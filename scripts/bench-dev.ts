import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runLoad } from '../testing/load';
import { rssMiB, serverPid } from './server-process';
import { devTimeoutMs, mixedRequests, port, root } from './bench-options';
import { listening, preserving, timed } from './bench-run';

/** `next dev` over a generated newsroom, and the mixed load that reads a server's memory after it. */

/** `next dev` over the newsroom: each request's time, or undefined when it took longer than --dev-timeout. */
export interface DevFigures {
  frontFirstMs?: number;
  frontSecondMs?: number;
  articleFirstMs?: number;
  articleSecondMs?: number;
  /** From an article file's save to its page showing the new headline. */
  savedShowsMs?: number;
}

/** The file of the n-th article of a generated newsroom (1 is the oldest). */
export function articleFile(contentDir: string, n: number): string {
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
export async function mixedLoad(base: string, launcher: number | undefined): Promise<{ requests: number; errors: number; rssMb: number }> {
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

/**
 * `next dev` as an editor uses it: the front and an article, each twice (the first
 * request compiles the route), then how long a saved article takes to show.
 */
export async function measureDev(count: number, buildEnv: Record<string, string>, contentDir: string, articlePath: string): Promise<DevFigures> {
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
