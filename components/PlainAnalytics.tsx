import analytics from '@vercel/analytics/package.json';

// What @vercel/analytics's inject() does in the browser, written into the page instead: the
// command queue, a beforeSend that counts the path without its query (as SiteAnalytics does),
// and Vercel's collector script, named with the package's name and version.
export const analyticsQueue = `window.va=window.va||function(){(window.vaq=window.vaq||[]).push(Array.prototype.slice.call(arguments))};
window.va('beforeSend',function(event){var url=new URL(event.url);url.search='';url.hash='';return Object.assign({},event,{url:url.toString()})});`;

/**
 * Vercel Web Analytics for pages that load no framework JavaScript (the article pages).
 * The collector counts the page view itself when it loads.
 */
export function plainAnalyticsElements() {
  // Elements rather than a component: the document's <Head> takes elements.
  return [
    <script key="analytics-queue" id="analytics-queue" dangerouslySetInnerHTML={{ __html: analyticsQueue }} />,
    <script key="analytics" defer src="/_vercel/insights/script.js" data-sdkn={analytics.name} data-sdkv={analytics.version} />,
  ];
}
