import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_NOW } from './testing/clock.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);

// One clock for the whole suite: the server and the tests stand at the same moment, inside the
// sample newsroom's news window. The build must have been made at it too (testing/build-clock.ts).
process.env.MASTHEAD_NOW ??= E2E_NOW;

/** A system Chromium when there is one (CHROMIUM_PATH, then Debian's), Playwright's own otherwise. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  globalSetup: './testing/build-clock.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'] },
      // Run once, on the desktop project: feeds, sitemaps and metadata are the same on every
      // device, the hostile-request, load, nginx, Varnish and unpublished-story tests speak HTTP
      // without a browser, and the failure, nginx, Varnish and unpublished-story tests each run a
      // server on a fixed spare port.
      testIgnore: [
        '**/feeds.spec.ts',
        '**/seo.spec.ts',
        '**/sitemaps.spec.ts',
        '**/hostile-urls.spec.ts',
        '**/security-load.spec.ts',
        '**/security-failure.spec.ts',
        '**/nginx.spec.ts',
        '**/varnish.spec.ts',
        '**/unpublished.spec.ts',
      ],
    },
  ],
  webServer: {
    // Against the production build, served as `npm start` serves it (the standalone server):
    // `npm test` builds first.
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), MASTHEAD_NOW: process.env.MASTHEAD_NOW },
  },
});
