/**
 * The benchmark's reference limit: the same HTML and assets, saved to a folder
 * and served from memory by Node's http module with no framework at all.
 * Next's throughput is reported as a fraction of this server's.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves `root`; "/a/b" is answered by root/a/b/index.html, then root/a/b. */
export function startStaticServer(root: string, port: number): Promise<Server> {
  const cache = new Map<string, { body: Buffer; type: string } | null>();
  const lookup = (urlPath: string) => {
    const hit = cache.get(urlPath);
    if (hit !== undefined) return hit;
    let found: { body: Buffer; type: string } | null = null;
    const base = path.resolve(root, `.${decodeURIComponent(urlPath)}`);
    if (base === root || base.startsWith(root + path.sep)) {
      for (const file of [path.join(base, 'index.html'), base]) {
        try {
          if (!statSync(file).isFile()) continue;
          found = { body: readFileSync(file), type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
          break;
        } catch {
          continue;
        }
      }
    }
    cache.set(urlPath, found);
    return found;
  };
  const server = createServer((req, res) => {
    const file = lookup(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length }).end(file.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
