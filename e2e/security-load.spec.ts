import { expect, test } from '@playwright/test';
import { runLoad } from '../testing/load';

// The short form of scripts/load-test.ts: how fast is for `npm run bench` and the load test to
// report; here the same mix must come back whole under the same concurrency.
test('five seconds of 64 connections on a mix of pages get no errors and no 5xx', async ({ baseURL }) => {
  test.setTimeout(60_000);
  const result = await runLoad({ baseUrl: baseURL ?? '', connections: 64, duration: 5 });
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.serverErrors).toBe(0);
  // Pages answer 200, mistyped and not-yet-built routes 404: nothing else, no redirect loops.
  expect(result.statuses['200'] ?? 0).toBeGreaterThan(0);
  for (const status of Object.keys(result.statuses)) expect(['200', '404']).toContain(status);
});
