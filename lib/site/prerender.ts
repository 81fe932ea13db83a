/**
 * How much of the archive a build prerenders. Older articles and deeper list pages
 * render on their first request and are cached from then on, with the same output,
 * so a build's length does not grow with the archive. Each setting is a whole number
 * or "all".
 */
const settings = {
  /** The newest articles prerendered. */
  MASTHEAD_PRERENDER_ARTICLES: 1000,
  /** The pages of each section, tag and author list prerendered, counting the first. */
  MASTHEAD_PRERENDER_LIST_PAGES: 5,
};

/** The limit a setting gives; undefined for "all". */
export function prerenderLimit(name: keyof typeof settings): number | undefined {
  const setting = process.env[name] ?? String(settings[name]);
  if (setting === 'all') return undefined;
  const limit = Number(setting);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`${name} must be a whole number or "all", got "${setting}"`);
  return limit;
}

/**
 * Params for the pages after the first that a build prerenders (generateStaticParams):
 * up to page MASTHEAD_PRERENDER_LIST_PAGES (below). Readers rarely page far
 * back; deeper pages render on their first request.
 */
export function laterPages(total: number, size: number): { n: string }[] {
  return laterPagesUpTo(total, size, prerenderLimit('MASTHEAD_PRERENDER_LIST_PAGES'));
}

/** Pages 2 to `last` of a list of `total` stories (every later page when `last` is undefined). */
export function laterPagesUpTo(total: number, size: number, last: number | undefined): { n: string }[] {
  const out: { n: string }[] = [];
  const end = Math.min(Math.ceil(total / size), last ?? Infinity);
  for (let n = 2; n <= end; n++) out.push({ n: String(n) });
  return out;
}
