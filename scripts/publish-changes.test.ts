import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce, announcementTargets } from './publish-changes';

/** Stand-ins for servers and a Varnish: each notes what it was sent and answers as told. */
const servers: Server[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function standIn(status: number, body: unknown) {
  const seen: { method: string; url: string; authorization?: string; purge?: string; body: string }[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, purge: request.headers['xkey-purge']?.toString(), body: text });
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, seen };
}

describe('announcing a publish', () => {
  it('tells every instance, names the one that failed, still purges Varnish, and says not everyone took it', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const good = await standIn(200, { regenerated: ['/world/2021/11/07/vote', '/'], failed: [] });
    const wrongSecret = await standIn(404, 'Not found');
    const varnish = await standIn(200, 'Purged');
    const took = await announce(
      { paths: ['/world/2021/11/07/vote'], keys: ['article:vote', 'sitemaps'] },
      { instances: [{ url: good.url, secret: 's3cret' }, { url: wrongSecret.url, secret: 's3cret' }, { url: 'http://127.0.0.1:1', secret: 's3cret' }], varnish: [varnish.url], purgeCommand: undefined },
    );
    expect(took).toBe(false);
    expect(good.seen).toEqual([{ method: 'POST', url: '/api/revalidate', authorization: 'Bearer s3cret', purge: undefined, body: '{"paths":["/world/2021/11/07/vote"],"keys":["article:vote","sitemaps"]}' }]);
    expect(varnish.seen.map((s) => [s.method, s.purge])).toEqual([['PURGE', 'article:vote sitemaps']]);
    const said = errors.mock.calls.map((call) => String(call[0]));
    expect(said).toEqual([
      `Not regenerated on ${wrongSecret.url}: it answered 404 (a wrong secret, or no endpoint there). Its pages show the change as they revalidate.`,
      expect.stringMatching(/^Not regenerated on http:\/\/127\.0\.0\.1:1: fetch failed/),
    ]);
    expect(said.join('\n')).not.toContain('s3cret');
  });

  it('finds instances configured, in a file an operator writes, or announced beside the stores published to', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'masthead-targets-'));
    dirs.push(dir);
    const list = path.join(dir, 'instances.txt');
    writeFileSync(list, '# the web tier\nhttp://10.0.0.1:3000\n\nhttp://10.0.0.2:3000 # the spare\n');
    const env = { MASTHEAD_REVALIDATE_SECRET: 'configured', MASTHEAD_INSTANCES: 'http://10.0.0.3:3000,http://10.0.0.4:3000', MASTHEAD_VARNISH: 'http://127.0.0.1:6081/' };
    const targets = announcementTargets([path.join(dir, 'content.db')], { instancesFile: list }, env);
    expect(targets.instances).toEqual(['http://10.0.0.3:3000', 'http://10.0.0.4:3000', 'http://10.0.0.1:3000', 'http://10.0.0.2:3000'].map((url) => ({ url, secret: 'configured' })));
    expect(targets.varnish).toEqual(['http://127.0.0.1:6081/']);
    expect(announcementTargets([path.join(dir, 'content.db')], {}, {}).instances).toEqual([]);
  });
});
