// @ts-check
// Plain CommonJS: the document (pages/_document.tsx, through components/document/DocumentScripts.tsx)
// writes these scripts into every reader page, and next.config.js's headers() lists their
// hashes in the Content-Security-Policy. Both read the text from here, so they cannot differ.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createHash } = require('node:crypto');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { richPageScripts } = require('./live-scripts');

/**
 * The one script of every reader page (they load no framework JavaScript). It marks the page
 * as scripted before it is drawn, so controls that need a script (the "Copy link" button, an
 * embed's "Load", "N new updates") are shown from the first paint with nothing moving later,
 * and it answers those controls' clicks; then come the live pages' and bodies' behaviours
 * (lib/http/live-scripts.js: the new-updates poller, the embed loader, the breaking strip's
 * expiry), each doing nothing on a page without its markup. One fixed text, so one hash in
 * the policy. Without JavaScript the controls stay hidden and the page lacks nothing else.
 */
const pageScript = `document.documentElement.classList.add('js');
document.addEventListener('click', function (event) {
  var button = event.target instanceof Element ? event.target.closest('[data-copy-link]') : null;
  if (!button) return;
  var status = button.nextElementSibling;
  var say = function (message) { if (status) status.textContent = message; };
  var failed = function () { say('Could not copy: select the address and copy it'); };
  try {
    navigator.clipboard.writeText(button.getAttribute('data-copy-link')).then(function () { say('Link copied'); }, failed);
  } catch (error) {
    failed();
  }
});
${richPageScripts}`;

/**
 * What @vercel/analytics's inject() does in the browser before it adds Vercel's collector
 * script, written into the page instead: the command queue, the mode (a built page is
 * production), and a beforeSend that counts the page by its path alone, without the query or
 * fragment, which can carry personal data. e2e/analytics.spec.ts runs the package's inject()
 * and this side by side and compares what each leaves in the page.
 */
const analyticsQueue = `window.va=window.va||function(){(window.vaq=window.vaq||[]).push(Array.prototype.slice.call(arguments))};
window.vam='production';
window.va('beforeSend',function(event){var url=new URL(event.url);url.search='';url.hash='';return Object.assign({},event,{url:url.toString()})});`;

/**
 * The inline scripts a reader page carries, in document order, with the ids the document
 * gives them. Analytics is decided at build (lib/site/analytics.js), as the header is.
 *
 * @param {{ analytics: boolean }} options
 * @returns {{ id: string, text: string }[]}
 */
function inlineScripts({ analytics }) {
  return [{ id: 'page-script', text: pageScript }, ...(analytics ? [{ id: 'analytics-queue', text: analyticsQueue }] : [])];
}

/**
 * The CSP source that allows one inline script: the SHA-256 of its text, as browsers compute it.
 *
 * @param {string} script
 * @returns {string}
 */
function scriptHashSource(script) {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

module.exports = { analyticsQueue, inlineScripts, pageScript, scriptHashSource };
