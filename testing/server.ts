import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Servers the browser tests start beside the suite's own, each on a port of its own. */

export interface RunningServer {
  process: ChildProcess;
  url: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

const root = process.cwd();

/**
 * Runs `command` (a server listening on `port`) from the project's folder with `env` added, in
 * a process group of its own so that stopping it stops whatever it started. Resolves once it
 * answers its front page, within 90 s.
 */
export async function startServer(command: string, args: string[], env: Record<string, string>, port: number): Promise<RunningServer> {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let printed = '';
  const collect = (chunk: Buffer) => {
    printed += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped:\n${printed}`);
    const answered = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { process: child, url, output: () => printed, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the server did not answer within 90 s:\n${printed}`);
}

/**
 * `next start` on the build `npm test` made, with `env` added: MASTHEAD_CONTENT_STORE to serve
 * another content store, MASTHEAD_DIST_DIR for a copy of the build, MASTHEAD_NOW for another moment.
 */
export function startProductionServer(port: number, env: Record<string, string>): Promise<RunningServer> {
  const next = path.join(root, 'node_modules/next/dist/bin/next');
  return startServer(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], env, port);
}

/** Checks the content tree at `contentDir` into a content store at `store`, as `npm run build` does; throws with the check's report when it fails. */
export function checkContentInto(contentDir: string, store: string): void {
  const check = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/content-check.ts', contentDir, '--store', store], { cwd: root, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`the content check of ${contentDir} failed:\n${check.stdout}${check.stderr}`);
}

/**
 * Copies the build `npm test` made to `copy` (without the standalone server, the build cache,
 * `next dev`'s folder and the suite's second build), keeping file times, so a server on the copy sees its pages as made
 * at build. Serve it with `startProductionServer(port, { MASTHEAD_DIST_DIR: copy })`. What servers
 * rendered on the build since it was made (`server/route-cache`, written only as they serve)
 * stays behind: the copy holds the pages the build made, whatever ran on it before.
 */
export function copyBuild(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
  cpSync('.next', copy, {
    recursive: true,
    preserveTimestamps: true,
    filter: (src) => !/^\.next[/\\](?:standalone|cache|dev|e2e-content-build|server[/\\]route-cache|masthead[/\\]instances)(?:[/\\]|$)/.test(src),
  });
}

/**
 * Builds the site from the content tree at `contentDir` into `dist`, as `npm run build` does
 * (the content check into the build's cache, `next build`, its postbuild), for the few tests
 * whose headers depend on what the content holds. Serve it with
 * `startProductionServer(port, { MASTHEAD_DIST_DIR: dist })`. `next build` writes the build
 * folder's types into tsconfig.json and next-env.d.ts: both are put back as they were.
 */
export function buildSite(contentDir: string, dist: string, env: Record<string, string> = {}): void {
  rmSync(dist, { recursive: true, force: true });
  checkContentInto(contentDir, path.join(dist, 'cache', 'masthead', 'content.db'));
  const saved = ['tsconfig.json', 'next-env.d.ts'].map((file) => [file, existsSync(file) ? readFileSync(file) : undefined] as const);
  try {
    const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, MASTHEAD_DIST_DIR: dist, ...env };
    for (const args of [[path.join(root, 'node_modules/next/dist/bin/next'), 'build'], ['scripts/postbuild.mjs']]) {
      const step = spawnSync(process.execPath, args, { cwd: root, env: buildEnv, encoding: 'utf8' });
      if (step.status !== 0) throw new Error(`${args.join(' ')} failed:\n${step.stdout}${step.stderr}`);
    }
  } finally {
    for (const [file, text] of saved) {
      if (text === undefined) rmSync(file, { force: true });
      else writeFileSync(file, text);
    }
  }
}

