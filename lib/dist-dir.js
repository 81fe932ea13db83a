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

module.exports = { distDir };
