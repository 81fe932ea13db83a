// Runs after `next build` (npm's postbuild). It gives servers the content store `next build`
// was made from: copied out of the build cache (which a server may not have, or may mount
// empty) to where `next start` reads it, and into .next/standalone. `output: 'standalone'`
// leaves public/ and the hashed static assets out of .next/standalone on purpose, so a CDN can
// serve them; copying them in lets `node .next/standalone/server.js` serve everything itself.
import { copyFileSync, cpSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { contentStoreFiles, distDir as buildDir } from '../lib/dist-dir.js';

const distDir = buildDir();
const store = contentStoreFiles();

/** Copies the store whole, then renames it into place: a server never opens half a copy. */
function copyStore(to) {
  mkdirSync(path.dirname(to), { recursive: true });
  const temporary = `${to}.${process.pid}.tmp`;
  copyFileSync(store.working, temporary);
  renameSync(temporary, to);
}

if (!existsSync(store.working)) {
  console.error(`No content store at ${store.working}: run \`npm run build\`, which checks the content first.`);
  process.exit(1);
}
copyStore(store.server);
const standalone = path.join(distDir, 'standalone');
if (!existsSync(standalone)) {
  console.log(`Content store for servers: ${store.server}. No ${standalone}: nothing more to complete.`);
} else {
  cpSync('public', path.join(standalone, 'public'), { recursive: true });
  cpSync(path.join(distDir, 'static'), path.join(standalone, distDir, 'static'), { recursive: true });
  copyStore(path.join(standalone, store.server));
  console.log(`Standalone server ready: node ${path.join(standalone, 'server.js')} (public/, ${distDir}/static and the content store copied in).`);
}
