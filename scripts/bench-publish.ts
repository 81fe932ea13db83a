import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articlePathOf } from '../lib/content/check/article';
import { serverMemoryEnv } from '../lib/site/server-memory';
import { startVarnish, varnishBinary, type RunningVarnish } from '../testing/varnish';
import { articleFile } from './bench-dev';
import { env, root } from './bench-options';
import { waitFor } from './bench-run';

/**
 * Publish to visible: `npm run content:publish` of one change to a running standalone server with
 * Varnish (docs/varnish/masthead.vcl) in front, then the time from the command's exit until the
 * change is in the answer at the origin and through Varnish. An article's headline, the headline
 * of the story leading the front (seen on the front) and a new update of a live blog; each once
 * publishing as before (the server takes the store within a second, pages show it as they
 * revalidate: --no-regenerate) and once with regeneration and purge; then the same article
 * change with four instances on the one store.
 */

const BENCH_LIVE_BLOG = 'bench-live';

interface PublishFigures {
  change: string;
  /** With regeneration and purge (this tree), or as before it (--no-regenerate). */
  regenerate: boolean;
  /** Wall time of the publish command, check included. */
  publishSeconds: number;
  /** From its exit until the change is in the answer; undefined when not within the wait. */
  originMs?: number;
  varnishMs?: number;
  /** What the command's output says was regenerated on one instance. */
  pagesRegenerated?: number;
}

interface FanOutFigures {
  instances: number;
  publishSeconds: number;
  /** From the publish's exit until every instance answers the change. */
  everyInstanceMs?: number;
}

export interface PublishingFigures {
  publishes: PublishFigures[];
  fanOut?: FanOutFigures;
  /** Why Varnish was not measured, when it was not. */
  varnishMissing?: string;
}

const WAIT_MS = 150_000;

/** The open live blog the bench adds to its newsroom, so a live update can be published without a build. */
export function liveBlogFiles(newest: Date): Record<string, string> {
  const start = new Date(newest.getTime() - 3 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const files: Record<string, string> = {
    [`live/${BENCH_LIVE_BLOG}/index.mdx`]: `---\nid: ${BENCH_LIVE_BLOG}\nheadline: The budget vote in parliament as it runs\nstandfirst: Members debate the spending plan clause by clause before the final vote tonight.\npublishedAt: ${start}\nauthors: [newsroom]\nsection: politics\ntags: [Budget]\nimage:\n  src: /images/green-zone-map.png\n  alt: Schematic map of a city centre on a river bend\n  caption: The parliament building stands by the river.\n  credit: Masthead graphics\nkeyPoints:\n  - The chamber opened the debate in the morning.\n---\n\nThe debate opened in the morning and runs until the vote.\n`,
  };
  for (let n = 1; n <= 30; n++) {
    const at = new Date(Date.parse(start) + n * 5 * 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    files[`live/${BENCH_LIVE_BLOG}/updates/${at.slice(0, 16).replace(':', '')}-update-${n}.mdx`] = `---\nat: ${at}\n---\n\nClause ${n} was read and debated.\n`;
  }
  return files;
}

function frontmatter(file: string): { path: string; headline: string } {
  const text = readFileSync(file, 'utf8');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1]?.replace(/^"|"$/g, '') ?? '';
  return { path: articlePathOf(field('section'), field('publishedAt'), field('slug') || field('id')), headline: field('headline') };
}

function setHeadline(file: string, headline: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^headline: .*$/m, `headline: ${headline}`));
}

/** Milliseconds until `url` answers with `text` in it, polled every 100 ms; undefined past the wait. */
async function until(url: string, text: string, since: number): Promise<number | undefined> {
  while (performance.now() - since < WAIT_MS) {
    try {
      if ((await (await fetch(url)).text()).includes(text)) return Math.round(performance.now() - since);
    } catch {
      // A server still busy with the new store: asked again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

interface Setup {
  count: number;
  base: string;
  contentDir: string;
  distDir: string;
  buildEnv: Record<string, string>;
  logs: string;
  varnishPort: number;
  say: (text: string) => void;
}

export async function measurePublishing(setup: Setup): Promise<PublishingFigures> {
  const { base, contentDir, buildEnv, say } = setup;
  let varnish: RunningVarnish | undefined;
  let varnishMissing: string | undefined;
  if (varnishBinary) varnish = await startVarnish(setup.varnishPort, new URL(base), path.join(root, 'bench-results', `varnish-${setup.count}`));
  else varnishMissing = 'varnishd is not installed';
  const publishes: PublishFigures[] = [];
  let round = 0;
  const publish = async (regenerate: boolean): Promise<{ seconds: number; output: string; exitedAt: number }> => {
    const args = ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts', '--publish', ...(regenerate ? [] : ['--no-regenerate']), ...(varnish && regenerate ? ['--purge-varnish', varnish.base] : [])];
    const started = performance.now();
    const child = spawn(process.execPath, args, { env: { ...env, ...buildEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    writeFileSync(path.join(setup.logs, `publish-${setup.count}-${(round += 1)}.log`), output);
    if (code !== 0) throw new Error(`content:publish exited with ${code}: see bench-results/logs/publish-${setup.count}-${round}.log`);
    return { seconds: (performance.now() - started) / 1000, output, exitedAt: performance.now() };
  };
  const measure = async (change: string, regenerate: boolean, page: string, marker: string, make: () => void) => {
    // Warm: the page is in the server's and Varnish's caches, as a read story's is.
    for (const at of [base, varnish?.base]) if (at) for (let i = 0; i < 2; i++) await (await fetch(`${at}${page}`)).text();
    make();
    const { seconds, output, exitedAt } = await publish(regenerate);
    const [originMs, varnishMs] = await Promise.all([until(`${base}${page}`, marker, exitedAt), varnish && regenerate ? until(`${varnish.base}${page}`, marker, exitedAt) : Promise.resolve(undefined)]);
    const pages = /in \d+ ms, (\d+) pages/.exec(output)?.[1];
    const figures: PublishFigures = { change, regenerate, publishSeconds: Number(seconds.toFixed(1)), ...(originMs === undefined ? {} : { originMs }), ...(varnishMs === undefined ? {} : { varnishMs }), ...(pages ? { pagesRegenerated: Number(pages) } : {}) };
    say(`publish ${change}${regenerate ? '' : ' (as before)'}: ${figures.publishSeconds} s, then origin ${originMs ?? '–'} ms, Varnish ${varnishMs ?? '–'} ms`);
    publishes.push(figures);
  };

  const articles = [articleFile(contentDir, Math.ceil(setup.count / 3)), articleFile(contentDir, Math.ceil(setup.count / 4))];
  const front = await (await fetch(`${base}/`)).text();
  const leadPath = /href="(\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+)"/.exec(front)?.[1] ?? '';
  const leadFile = articleFile(contentDir, setup.count);
  const blogPath = frontmatter(path.join(contentDir, 'live', BENCH_LIVE_BLOG, 'index.mdx')).path;
  try {
    for (const regenerate of [false, true]) {
      const tag = regenerate ? 'now' : 'before';
      const file = articles[regenerate ? 1 : 0] ?? '';
      const marker = `Bench headline ${tag} ${Date.now()}`;
      await measure('Article headline', regenerate, frontmatter(file).path, marker, () => setHeadline(file, marker));
      if (leadPath === frontmatter(leadFile).path) {
        const lead = `Bench lead ${tag} ${Date.now()}`;
        await measure('Front page lead headline', regenerate, '/', lead, () => setHeadline(leadFile, lead));
      }
      const update = `Bench update ${tag} ${Date.now()}`;
      await measure('Live blog update', regenerate, blogPath, update, () => {
        const at = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
        writeFileSync(path.join(contentDir, 'live', BENCH_LIVE_BLOG, 'updates', `${at.slice(0, 16).replace(':', '')}-bench-${tag}.mdx`), `---\nat: ${at}\ntitle: ${update}\n---\n\nThe vote was called.\n`);
      });
    }
    return { publishes, fanOut: await fanOut(setup, articles[0] ?? '', publish), ...(varnishMissing ? { varnishMissing } : {}) };
  } finally {
    varnish?.stop();
  }
}

/** The same article change with three more instances of the server on the same store: all four are told. */
async function fanOut(setup: Setup, file: string, publish: (regenerate: boolean) => Promise<{ seconds: number; exitedAt: number }>): Promise<FanOutFigures> {
  const extra: ChildProcess[] = [];
  const port = Number(new URL(setup.base).port);
  const bases = [setup.base];
  try {
    for (let i = 1; i <= 3; i++) {
      const log = openSync(path.join(setup.logs, `server-${setup.count}-fan-out-${i}.log`), 'w');
      const server = spawn(process.execPath, [path.join(setup.distDir, 'standalone', 'server.js')], {
        env: { ...env, ...setup.buildEnv, ...serverMemoryEnv(env), PORT: String(port + 10 + i), HOSTNAME: '127.0.0.1' },
        stdio: ['ignore', log, log],
      });
      closeSync(log);
      extra.push(server);
      bases.push(`http://127.0.0.1:${port + 10 + i}`);
      await waitFor(`http://127.0.0.1:${port + 10 + i}/`, server, 300, 100);
    }
    const { path: page } = frontmatter(file);
    for (const at of bases) await (await fetch(`${at}${page}`)).text();
    const marker = `Bench fan-out ${Date.now()}`;
    setHeadline(file, marker);
    const { seconds, exitedAt } = await publish(true);
    const each = await Promise.all(bases.map((at) => until(`${at}${page}`, marker, exitedAt)));
    const everyInstanceMs = each.some((ms) => ms === undefined) ? undefined : Math.max(...each.map((ms) => ms ?? 0));
    setup.say(`fan-out to ${bases.length} instances: publish ${seconds.toFixed(1)} s, every instance ${everyInstanceMs ?? '–'} ms`);
    return { instances: bases.length, publishSeconds: Number(seconds.toFixed(1)), ...(everyInstanceMs === undefined ? {} : { everyInstanceMs }) };
  } finally {
    for (const server of extra) server.kill();
  }
}

export function publishingMarkdown(rows: { articles: number; publishing: PublishingFigures }[]): string {
  const ms = (value: number | undefined) => (value === undefined ? `> ${WAIT_MS / 1000} s` : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value} ms`);
  const lines = [
    'Publish to visible: `npm run content:publish` of one change to the standalone server with Varnish in front (docs/varnish/masthead.vcl), each page read twice before (in both caches); then from the command’s exit until the change is in the answer. "As before": the store is published, and pages show it as they revalidate (`--no-regenerate`). "Now": the server regenerates what the change touches and Varnish purges it by key. Fan-out: the same article change with four instances on one store.',
    '',
    '| Articles | Change | Publishing | Command (check included) | Pages regenerated | Visible at the origin after | Through Varnish after |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const { articles, publishing } of rows) {
    for (const p of publishing.publishes) {
      lines.push(`| ${articles.toLocaleString('en-GB')} | ${p.change} | ${p.regenerate ? 'now' : 'as before'} | ${p.publishSeconds} s | ${p.pagesRegenerated ?? '–'} | ${ms(p.originMs)} | ${p.regenerate ? ms(p.varnishMs) : '(its s-maxage later)'} |`);
    }
    const f = publishing.fanOut;
    if (f) lines.push(`| ${articles.toLocaleString('en-GB')} | Article headline, ${f.instances} instances | now | ${f.publishSeconds} s | – | ${ms(f.everyInstanceMs)} (every instance) | – |`);
    if (publishing.varnishMissing) lines.push('', `Varnish not measured: ${publishing.varnishMissing}.`);
  }
  return lines.join('\n');
}
