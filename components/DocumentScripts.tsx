import analyticsPackage from '@vercel/analytics/package.json';
import { inlineScripts } from '@/lib/http/inline-scripts';

/** Where Vercel serves its collector, as @vercel/analytics's inject() loads it in production. */
const ANALYTICS_COLLECTOR = '/_vercel/insights/script.js';

/**
 * Every script a reader page carries, for the document's <head> (which takes elements, not
 * components): the site's own inline scripts, exactly the ones whose hashes the
 * Content-Security-Policy lists (lib/http/inline-scripts.js), and, with analytics on,
 * Vercel's collector, named with the package's name and version as inject() names it. The
 * collector counts the page view itself when it loads.
 */
export function documentScripts({ analytics }: { analytics: boolean }) {
  const inline = inlineScripts({ analytics }).map(({ id, text }) => <script key={id} id={id} dangerouslySetInnerHTML={{ __html: text }} />);
  if (!analytics) return inline;
  return [...inline, <script key="analytics" defer src={ANALYTICS_COLLECTOR} data-sdkn={analyticsPackage.name} data-sdkv={analyticsPackage.version} />];
}
