import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announcedInstances, announceInstance } from './instances';

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function storeIn(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-instances-'));
  dirs.push(dir);
  return path.join(dir, 'content.db');
}

describe('instance files', () => {
  it('announce a server beside the store it reads, on the loopback address, with a secret it made and only its user may read', () => {
    vi.stubEnv('MASTHEAD_REVALIDATE_SECRET', '');
    const store = storeIn();
    announceInstance('3456', 'build-machine.example', store);
    const [found] = announcedInstances([store]);
    expect(found?.url).toBe('http://127.0.0.1:3456');
    expect(found?.pid).toBe(process.pid);
    expect(found?.secret).toMatch(/^[\w-]{43}$/);
    expect(process.env.MASTHEAD_REVALIDATE_SECRET).toBe(found?.secret);
    const file = path.join(path.dirname(store), 'instances', `${process.pid}.json`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('leave a configured secret out of the file, and name an address the server was given', () => {
    vi.stubEnv('MASTHEAD_REVALIDATE_SECRET', 'configured');
    const store = storeIn();
    announceInstance('3456', '10.0.0.5', store);
    expect(announcedInstances([store])).toEqual([{ url: 'http://10.0.0.5:3456', pid: process.pid, store }]);
  });

  it('are read only for the store asked about and only while their server runs', () => {
    vi.stubEnv('MASTHEAD_REVALIDATE_SECRET', 'configured');
    const store = storeIn();
    announceInstance('3456', undefined, store);
    const instances = path.join(path.dirname(store), 'instances');
    writeFileSync(path.join(instances, '999999999.json'), JSON.stringify({ url: 'http://127.0.0.1:1', pid: 999_999_999, store }));
    writeFileSync(path.join(instances, 'half.json'), '{"url":');
    writeFileSync(path.join(instances, 'other.json'), JSON.stringify({ url: 'http://127.0.0.1:2', pid: process.pid, store: '/elsewhere/content.db' }));
    expect(readdirSync(instances)).toHaveLength(4);
    expect(announcedInstances([store]).map((i) => i.url)).toEqual(['http://127.0.0.1:3456']);
    expect(announcedInstances([storeIn()])).toEqual([]);
  });
});

describe('a server announcing itself', () => {
  it('removes the files of servers that ended without removing theirs', () => {
    vi.stubEnv('MASTHEAD_REVALIDATE_SECRET', 'configured');
    const store = storeIn();
    const instances = path.join(path.dirname(store), 'instances');
    announceInstance('3456', undefined, store);
    writeFileSync(path.join(instances, '999999999.json'), JSON.stringify({ url: 'http://127.0.0.1:1', pid: 999_999_999, store }));
    announceInstance('3457', undefined, store);
    expect(readdirSync(instances)).toEqual([`${process.pid}.json`]);
  });
});
