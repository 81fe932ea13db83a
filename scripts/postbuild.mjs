// Runs after `next build` (npm's postbuild; the benchmark runs it after its own builds).
// Four steps, each on the build in MASTHEAD_DIST_DIR (else .next):
//
// 1. The site's own 404 page for every miss. Next gives the App Router's not-found page
//    priority over pages/404 whenever app/ has any route at all, adds a built-in one when
//    app/ has none, and copies it over pages/404.html (vercel/next.js#58945). Here app/
//    holds only what machines read, so that page, with its framework runtime, would answer
//    every mistyped address and every article or list that does not exist. This step takes
//    it out of the build's manifests, as in a build with no app/ routes, so that Next renders
//    pages/404.tsx; the page is rendered again on the first miss. See
//    docs/decisions/0001-reader-pages-plain-documents.md.
// 2. The build's moment: MASTHEAD_NOW when pinned, so the browser tests can tell a build made
//    at their clock from one that is not (testing/build-clock.ts).
// 3. The content store `next build` was made from, for servers: copied out of the build
//    cache (which a server may not have, or may mount empty) to where `next start` reads
//    it, and into .next/standalone (docs/decisions/0002-content-store.md), each with the page
//    facts the build's headers were made from, which `npm run content:publish` checks new
//    content against (docs/decisions/0008-publishing-without-a-build.md).
// 4. The standalone server's files. `output: 'standalone'` leaves public/ and the hashed
//    static assets out of .next/standalone on purpose, so a CDN can serve them; copying
//    them in lets `node .next/standalone/server.js` (`npm start`) serve everything itself.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentStoreFiles, distDir as buildDir } from '../lib/site/dist-dir.js';
import { pageFactsFile, readPageFacts, writePageFacts } from '../lib/http/page-policies.js';

const APP_NOT_FOUND = '/_not-found/page';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/** Makes pages/404.tsx the page of every miss in the build at `dir`. Safe to run twice. */
function answerMissesWithSitePage(dir) {
  const appPaths = path.join(dir, 'server', 'app-paths-manifest.json');
  const appRoutes = path.join(dir, 'app-path-routes-manifest.json');
  const pagesManifest = path.join(dir, 'server', 'pages-manifest.json');
  const pages = readJson(pagesManifest);
  if (!existsSync(path.join(dir, 'server', 'pages', '404.js'))) {
    throw new Error(`${dir} has no compiled pages/404: the site's 404 page is missing from the build`);
  }
  if (pages['/404'] === 'pages/404.js' && !(APP_NOT_FOUND in readJson(appPaths))) return;
  if (pages['/404'] !== 'pages/404.html' || !(APP_NOT_FOUND in readJson(appPaths))) {
    // Next has changed how it builds the two 404 pages: fail the build rather than ship the wrong one.
    throw new Error(`${dir}: Next's 404 pages are not built as scripts/postbuild.mjs expects (pages-manifest /404 is ${pages['/404']})`);
  }
  for (const file of [appPaths, appRoutes]) {
    const manifest = readJson(file);
    delete manifest[APP_NOT_FOUND];
    writeJson(file, manifest);
  }
  writeJson(pagesManifest, { ...pages, '/404': 'pages/404.js' });
  // The App Router's page, copied over the one pages/404.tsx rendered at build.
  rmSync(path.join(dir, 'server', 'pages', '404.html'));
}

/** Copies public/, the static assets and the content store into the standalone server. */
function completeStandalone(dir) {
  const standalone = path.join(dir, 'standalone');
  if (!existsSync(standalone)) {
    console.log(`No ${standalone}: nothing to complete.`);
    return;
  }
  cpSync('public', path.join(standalone, 'public'), { recursive: true });
  cpSync(path.join(dir, 'static'), path.join(standalone, dir, 'static'), { recursive: true });
  copyStore(path.join(standalone, store.server));
  answerMissesWithSitePage(path.join(standalone, dir));
  console.log(`Standalone server ready: node ${path.join(standalone, 'server.js')} (public/, ${dir}/static and the content store copied in).`);
}

const store = contentStoreFiles();

/**
 * Copies the store whole, then renames it into place: a server never opens half a copy. Beside
 * it, the page facts next.config.js read (none when the check wrote none, as it read them).
 */
function copyStore(to) {
  mkdirSync(path.dirname(to), { recursive: true });
  writePageFacts(path.join(path.dirname(to), 'page-facts.json'), readPageFacts(pageFactsFile()));
  const temporary = `${to}.${process.pid}.tmp`;
  copyFileSync(store.working, temporary);
  renameSync(temporary, to);
}

const distDir = buildDir();
if (!existsSync(store.working)) {
  console.error(`No content store at ${store.working}: run \`npm run build\`, which checks the content first.`);
  process.exit(1);
}
answerMissesWithSitePage(distDir);
copyStore(store.server);
writeFileSync(path.join(distDir, 'masthead-build.json'), `${JSON.stringify({ now: process.env.MASTHEAD_NOW ?? null })}\n`);
completeStandalone(distDir);
