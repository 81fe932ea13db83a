import { expect, test } from '@playwright/test';
import { describeFailure, hostileRequests, runHostileRequests } from '@/lib/http/hostile-requests';

test('a thousand hostile requests get no 5xx, leak nothing and 404 with the site page', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const requests = hostileRequests();
  expect(requests.length).toBeGreaterThanOrEqual(1000);
  const { sent, statuses, failures } = await runHostileRequests(baseURL ?? '', requests);
  expect(sent).toBe(requests.length);
  expect(failures.map(describeFailure)).toEqual([]);
  // The generator reaches the pages, the 404 page and the refusals alike.
  for (const status of [200, 400, 404, 405]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
});
