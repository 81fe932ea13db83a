// Sends generated hostile and malformed requests to a running server and checks every answer.
//
//   npx tsx scripts/hostile-urls.ts [baseUrl]     (default http://127.0.0.1:3000; loopback only)
//
// The requests and the checks live in testing/hostile-requests.ts; e2e/hostile-urls.spec.ts
// runs them against the production build in `npm test`.
import { describeFailure, runHostileRequests } from '../testing/hostile-client';
import { hostileRequests } from '../testing/hostile-requests';

async function main() {
  const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3000';
  const started = Date.now();
  const requests = hostileRequests();
  const { statuses, failures } = await runHostileRequests(baseUrl, requests);
  const summary = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(`${requests.length} hostile requests in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}`);
  for (const f of failures) console.log(`✗ ${describeFailure(f)}`);
  console.log(failures.length ? `${failures.length} failed` : 'every answer was safe');
  process.exitCode = failures.length ? 1 : 0;
}

void main();
