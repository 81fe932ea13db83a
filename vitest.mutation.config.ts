import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit tests `npm run test:mutation` runs against each changed module (stryker.config.mjs):
 * the tests of the modules it changes, all fast. A change made where a module is loaded (a
 * pattern, a policy's text) reruns every test that imports it, so with the slow tests that spawn
 * the content check or build newsrooms the run would last hours; what those catch in these
 * modules, the tests here catch too.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['lib/content/published.test.ts', 'lib/site/paths.test.ts', 'lib/http/*.test.ts'],
  },
});
