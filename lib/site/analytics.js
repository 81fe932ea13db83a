// @ts-check
/**
 * Vercel Web Analytics only works where Vercel serves its collector. Elsewhere
 * its script would 404, so it is on when deployed on Vercel, or when
 * MASTHEAD_ANALYTICS=on says a proxy serves /_vercel/insights; MASTHEAD_ANALYTICS=off
 * turns it off everywhere. Decided at build: next.config.js reads it too, to
 * leave the analytics script out of the bundle when it is off.
 *
 * Plain JavaScript because next.config.js loads it before anything is compiled.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {boolean}
 */
function analyticsEnabled(env = process.env) {
  const setting = env.MASTHEAD_ANALYTICS?.toLowerCase();
  if (setting === 'off') return false;
  if (setting === 'on') return true;
  return env.VERCEL === '1';
}

module.exports = { analyticsEnabled };
