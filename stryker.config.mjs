// @ts-check
/**
 * `npm run test:mutation`: StrykerJS changes the modules below one small fault at a time (a `<=`
 * made `<`, a string emptied, a branch removed) and runs their unit tests against each change;
 * a fault no test notices "survives". Not part of `npm test`: it takes about ten minutes and
 * both cores of a 2-core machine. Why these modules, why StrykerJS 9 and what survives on
 * purpose: README.md (For developers) and docs/decisions/0013-mutation-testing.md.
 */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The tests of these modules (vitest.mutation.config.ts), all of them: a test that reaches a module
  // through next.config.js's require() is not among those Vitest finds related to it.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    // The publication rules: drafts, embargoes, when a story last changed.
    'lib/content/published.ts',
    // Every address the site builds and reads, and the route patterns its cache rules use.
    'lib/site/paths.js',
    // The headers of every response, and the policy of each kind of page.
    'lib/http/security-headers.js',
    'lib/http/cache-headers.js',
    'lib/http/page-policies.js',
    // The one-second cache in front of Next.
    'lib/http/response-cache.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores: one test run per core. Run it under the shared lock, alone.
  concurrency: 2,
  // A test that spawns the content check or a server takes seconds on a busy machine.
  timeoutMS: 60_000,
  // The sandbox needs the code, the tests and their fixtures, not builds or reports.
  ignorePatterns: ['.next', 'bench-results', 'test-results', 'playwright-report', 'reports', 'e2e'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Each module on its own must reach the target: scripts/mutation-score.mjs reads the report.
  thresholds: { high: 90, low: 80, break: null },
};

export default config;
