/**
 * The current time, for everything that depends on it (embargoes, the news
 * sitemap's window). MASTHEAD_NOW pins it to an ISO instant so tests and
 * previews can stand at any moment without waiting for it.
 */
export function now(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.MASTHEAD_NOW;
  if (pinned) {
    const at = Date.parse(pinned);
    if (Number.isNaN(at)) throw new Error(`MASTHEAD_NOW must be an ISO 8601 instant, got "${pinned}"`);
    return new Date(at);
  }
  return new Date();
}
