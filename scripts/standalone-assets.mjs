// Runs after `next build` (npm's postbuild): `output: 'standalone'` leaves public/ and
// the hashed static assets out of .next/standalone on purpose, so a CDN can serve
// them; copying them in lets `node .next/standalone/server.js` serve everything itself.
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { distDir as buildDir } from '../lib/dist-dir.js';

const distDir = buildDir();
// The moment the build's prerendered pages were made at (MASTHEAD_NOW when pinned), so the
// browser tests can tell a build made at their clock from one that is not (testing/build-clock.ts).
writeFileSync(path.join(distDir, 'masthead-build.json'), `${JSON.stringify({ now: process.env.MASTHEAD_NOW ?? null })}\n`);
const standalone = path.join(distDir, 'standalone');
if (!existsSync(standalone)) {
  console.log(`No ${standalone}: nothing to complete.`);
} else {
  cpSync('public', path.join(standalone, 'public'), { recursive: true });
  cpSync(path.join(distDir, 'static'), path.join(standalone, distDir, 'static'), { recursive: true });
  // The body checks the content check recorded (lib/content/body-cache.ts): a new server starts without re-parsing every body.
  const checks = path.join(distDir, 'cache', 'masthead');
  if (existsSync(checks)) cpSync(checks, path.join(standalone, distDir, 'cache', 'masthead'), { recursive: true });
  console.log(`Standalone server ready: node ${path.join(standalone, 'server.js')} (public/ and ${distDir}/static copied in).`);
}
