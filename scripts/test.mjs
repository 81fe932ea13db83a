// `npm test`: every check the project has, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { E2E_NOW } from '../testing/clock.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';

const steps = [
  ['Type-check', ['run', 'typecheck']],
  ['Lint', ['run', 'lint']],
  ['Content check', ['run', 'content:check']],
  ['Unit tests', ['run', 'test:unit']],
  // Built and served at the browser tests' clock (testing/clock.mjs), so what was prerendered
  // at build is what the server would render at that moment.
  ['Production build', ['run', 'build'], { MASTHEAD_NOW: E2E_NOW }],
  // Before any browser test runs, so none of them shares the machine with a build: the newsroom
  // the header tests need (testing/content-build.ts).
  ['Build for the header tests', ['exec', '--', 'tsx', 'testing/content-build.ts'], { MASTHEAD_NOW: E2E_NOW }],
  ['End-to-end tests', ['run', 'test:e2e'], { MASTHEAD_NOW: E2E_NOW }],
  ['Benchmark smoke run', ['run', 'bench', '--', '--quick'], { MASTHEAD_NOW: E2E_NOW }],
];

for (const [name, args, env = {}] of steps) {
  console.log(`\n━━ ${name} (npm ${args.join(' ')})`);
  const started = Date.now();
  const result = spawnSync('npm', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log('\nAll checks passed.');
