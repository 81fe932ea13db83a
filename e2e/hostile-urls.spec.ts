import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { describeFailure, runHostileRequests, send } from '../testing/hostile-client';
import { hostileRequests, type HostileRequest } from '../testing/hostile-requests';

test('hostile requests each get the answer they must: no 5xx, no leak, the site’s own 404 page', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const requests = hostileRequests();
  expect(requests.length).toBeGreaterThanOrEqual(1000);
  // A few of the answers the suite pins, literally, so the expectations cannot drift unseen.
  const expected = (target: string, method = 'GET') => requests.find((r) => r.target === target && r.method === method)?.expected;
  expect(expected('/middle-east', 'TRACE')).toBe(405);
  expect(expected('*')).toBe(400);
  expect(expected('*', 'OPTIONS')).toBe(204);
  expect(expected('/middle-east', 'CONNECT')).toBe('closed');
  expect(expected('/%00')).toBe(400);
  expect(expected(`/${'a'.repeat(1024)}`)).toBe(414);
  expect(expected('/middle-east/2021/11/07/kadhimi-survives-drone-attack', 'POST')).toBe(405);
  const { failures, statuses } = await runHostileRequests(baseURL ?? '', requests);
  expect(failures.map(describeFailure)).toEqual([]);
  for (const status of [200, 204, 307, 308, 400, 404, 405, 414, 416, 431]) expect(statuses.get(status) ?? 0, `answers of ${status}`).toBeGreaterThan(0);
});

const get = (target: string, headers: [string, string][] = []): HostileRequest => ({ label: target, method: 'GET', target, headers, expected: 200 });

/** What the server guard (lib/http/server-guard.ts) answers before Next sees the request: status, Allow, and the start of the body. */
const guardAnswers: [HostileRequest, number, string | undefined, string][] = [
  [{ ...get('/'), method: 'POST' }, 405, 'GET, HEAD', 'Method not allowed'],
  [{ ...get('/middle-east/2021/11/07/kadhimi-survives-drone-attack'), method: 'DELETE' }, 405, 'GET, HEAD', 'Method not allowed'],
  [{ ...get('/'), method: 'TRACE' }, 405, 'GET, HEAD', 'Method not allowed'],
  [{ ...get('/tags'), method: 'OPTIONS' }, 204, 'GET, HEAD', ''],
  [{ ...get('*'), method: 'OPTIONS' }, 204, 'GET, HEAD', ''],
  [get('*'), 400, undefined, 'Bad request'],
  [get('/%zz'), 400, undefined, 'Bad request'],
  [get('/middle-east/%00'), 400, undefined, 'Bad request'],
  [get(`/${'a'.repeat(1025)}`), 414, undefined, 'Address too long'],
  [get('/images/green-zone-map.png', [['Range', 'bytes=junk']]), 416, undefined, 'Range not satisfiable'],
];

async function expectGuardAnswers(base: string) {
  for (const [request, status, allow, body] of guardAnswers) {
    const response = await send(new URL(base), request);
    const what = `${request.method} ${request.target.slice(0, 40)}`;
    expect(response.status, what).toBe(status);
    expect(response.headers.get('allow'), what).toBe(allow);
    expect(response.headers.get('content-security-policy'), what).toContain("script-src 'self'");
    expect(response.body.startsWith(body), `${what}: ${response.body.slice(0, 60)}`).toBe(true);
  }
}

test('the guard answers the requests no page can, before Next sees them', async ({ baseURL }) => {
  await expectGuardAnswers(baseURL ?? '');
});

test('`next start` has the same guard as the standalone server `npm start` runs; with MASTHEAD_RESPONSE_CACHE=off every request reaches Next', async () => {
  test.setTimeout(90_000);
  const port = Number(process.env.E2E_PORT ?? 3100) + 203;
  const server = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', MASTHEAD_RESPONSE_CACHE: 'off' },
    stdio: 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect(async () => expect((await fetch(`${base}/`)).ok).toBe(true)).toPass({ timeout: 60_000 });
    await expectGuardAnswers(base);
    // Answered from the one-second cache, the third would carry an Age (e2e/caching.spec.ts).
    const answers = [await fetch(`${base}/tags`), await fetch(`${base}/tags`), await fetch(`${base}/tags`)];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.headers.get('age'))).toEqual([null, null, null]);
  } finally {
    server.kill();
  }
});
