import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * docs/nginx.conf as docs/deploy.md says to try it: local paths, a local port, one instance
 * (the server at `upstream`), every file of its own under `prefix`. nginx must be installed
 * (.ci/run installs it).
 */

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

export interface RunningNginx {
  base: string;
  /** Where nginx keeps the pages it caches (both of the example's caches). */
  cacheDirs: string[];
  stop: () => void;
}

export async function startNginx(port: number, upstream: string, prefix: string): Promise<RunningNginx> {
  const root = process.cwd();
  const cacheDirs = [path.join(prefix, 'cache'), path.join(prefix, 'cache-search')];
  const site = readFileSync(path.join(root, 'docs', 'nginx.conf'), 'utf8')
    .replaceAll('/srv/masthead', root)
    .replace('/var/cache/nginx/masthead-search', cacheDirs[1] ?? '')
    .replace('/var/cache/nginx/masthead', cacheDirs[0] ?? '')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('server 127.0.0.1:3000;', `server ${upstream};`)
    .replace(/^\s*server 127\.0\.0\.1:3001;\n/m, '');
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(path.join(prefix, 'logs'), { recursive: true });
  for (const dir of cacheDirs) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(prefix, 'site.conf'), site);
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // Workers run as root only where the tests do; otherwise as whoever starts nginx.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/logs/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`),
      `  include ${prefix}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const nginx = nginxBinary ?? 'nginx';
  const check = spawnSync(nginx, ['-t', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const server = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${base}/_next/static/no-such-file`);
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        server.kill();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { base, cacheDirs, stop: () => server.kill() };
}
