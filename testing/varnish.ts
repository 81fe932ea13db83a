import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * docs/varnish/masthead.vcl as docs/deploy.md says to try it: the server at `upstream` as the
 * one backend, a local port, a working folder of its own under `workdir`. Varnish and
 * varnish-modules must be installed (.ci/run installs them). No service manager: varnishd runs
 * in the foreground as a child of the test, with no jail (`-j none`), so it runs as whoever
 * started it, root in CI included.
 */

export const varnishBinary = ['/usr/sbin/varnishd', '/usr/bin/varnishd'].find((p) => existsSync(p));

export interface RunningVarnish {
  base: string;
  stop: () => void;
}

export async function startVarnish(port: number, upstream: URL, workdir: string): Promise<RunningVarnish> {
  const vcl = readFileSync(path.join(process.cwd(), 'docs', 'varnish', 'masthead.vcl'), 'utf8')
    .replace('.host = "127.0.0.1";', `.host = "${upstream.hostname}";`)
    .replace('.port = "3000";', `.port = "${upstream.port}";`);
  rmSync(workdir, { recursive: true, force: true });
  mkdirSync(workdir, { recursive: true });
  const file = path.join(workdir, 'masthead.vcl');
  writeFileSync(file, vcl);
  const varnishd = varnishBinary ?? 'varnishd';
  const check = spawnSync(varnishd, ['-C', '-f', file, '-n', path.join(workdir, 'check')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`varnishd -C failed:\n${check.stderr}`);
  const args = ['-F', '-j', 'none', '-f', file, '-a', `127.0.0.1:${port}`, '-T', 'none', '-n', path.join(workdir, 'varnish'), '-s', 'malloc,64m'];
  const child = spawn(varnishd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await fetch(`${base}/robots.txt`);
      break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill();
        throw new Error(`varnishd did not answer on ${base}: ${errors || String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { base, stop: () => child.kill() };
}
