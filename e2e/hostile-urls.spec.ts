import { expect, test } from '@playwright/test';
import { describeFailure, hostileRequests, runHostileRequests } from '../testing/hostile-requests';

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
