import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Playwright's global setup: the build under test must have been made at the suite's clock.
 * Pages prerendered at another moment would show stories that are scheduled at the test's
 * moment, until they revalidate. `npm test` builds at that clock; say how when it did not.
 */
export default function buildClock(): void {
  const wanted = process.env.MASTHEAD_NOW;
  const marker = path.join(process.env.MASTHEAD_DIST_DIR || '.next', 'masthead-build.json');
  let made: unknown;
  try {
    made = Reflect.get(JSON.parse(readFileSync(marker, 'utf8')), 'now');
  } catch {
    made = undefined;
  }
  if (made !== wanted) {
    throw new Error(
      `The build in ${path.dirname(marker)} was made at ${made ? `MASTHEAD_NOW=${String(made)}` : 'the real time'}, but the browser tests stand at MASTHEAD_NOW=${wanted}. ` +
        `Run \`npm test\`, or \`MASTHEAD_NOW=${wanted} npm run build\` and then \`npm run test:e2e\`.`,
    );
  }
}
