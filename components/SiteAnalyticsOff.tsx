/**
 * Stands in for SiteAnalytics when analytics is off (next.config.js aliases
 * it), so the analytics script is not bundled at all.
 */
export function SiteAnalytics() {
  return null;
}
