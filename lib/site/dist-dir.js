// @ts-check
/**
 * The build directory, relative to the server's working directory (the project for
 * `next start`, .next/standalone for the standalone server). The benchmark and the caching
 * test build elsewhere (MASTHEAD_DIST_DIR) so they never replace the site's own build.
 *
 * Plain JavaScript because next.config.js and the postbuild script load it as it is.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
function distDir(env = process.env) {
  return env.MASTHEAD_DIST_DIR || '.next';
}

/**
 * Where the content store lives (docs/decisions/0002-content-store.md), relative to the
 * working directory:
 * - `working`: what `npm run content:check` keeps up to date between runs, under the build
 *   cache (kept between builds, as CI and Vercel keep `.next/cache`); `next build` reads it;
 * - `dev`: the copy `next dev` keeps in step with the tree as editors save;
 * - `server`: the copy a production server reads, made from the working store after
 *   `next build` (scripts/standalone-assets.mjs), outside the cache, which a server may
 *   have on another volume or empty.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ working: string, dev: string, server: string }}
 */
function contentStoreFiles(env = process.env) {
  const dir = distDir(env);
  return {
    working: `${dir}/cache/masthead/content.db`,
    dev: `${dir}/cache/masthead/content-dev.db`,
    server: `${dir}/masthead/content.db`,
  };
}

/**
 * The store of an edition other than the default, beside the default edition's: each edition
 * is checked from its own folder into its own store (docs/decisions/0021-editions.md).
 *
 * @param {string} file the default edition's store, e.g. ".next/cache/masthead/content.db"
 * @param {string} lang
 * @returns {string} e.g. ".next/cache/masthead/content-ar.db"
 */
function editionStoreFile(file, lang) {
  return file.replace(/(\.db)?$/, `-${lang}.db`);
}

module.exports = { distDir, contentStoreFiles, editionStoreFile };
