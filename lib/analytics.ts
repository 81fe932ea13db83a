/**
 * Vercel Web Analytics only works where Vercel serves its collector. Elsewhere
 * its script would 404, so it is on when deployed on Vercel, or when
 * MASTHEAD_ANALYTICS=on says a proxy serves /_vercel/insights; MASTHEAD_ANALYTICS=off
 * turns it off everywhere.
 */
export function analyticsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const setting = env.MASTHEAD_ANALYTICS?.toLowerCase();
  if (setting === 'off') return false;
  if (setting === 'on') return true;
  return env.VERCEL === '1';
}
