import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Fragment, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test, type Page } from '@playwright/test';
import analyticsPackage from '@vercel/analytics/package.json';
import { documentScripts } from '@/components/document/DocumentScripts';

// Reader pages load no framework JavaScript, so they cannot run @vercel/analytics's inject():
// the document writes what it does into the page instead (components/document/DocumentScripts.tsx).
// Here the package's own inject() runs in one page and the document's scripts in another,
// each with a stand-in for Vercel's collector that records what it finds when it loads, and
// the two must leave the same: the same collector element, the same mode and the same queued
// commands, with a beforeSend that counts the page without its query.

// The package's browser build, as its package.json names it, without its export list: run as it is in a page.
const packageCode = readFileSync(path.join('node_modules', analyticsPackage.name, analyticsPackage.exports['.'].browser), 'utf8').replace(
  /^export \{[^}]*\};?/m,
  '',
);

/** Vercel's collector, as far as the page can tell: it reads the queue and sends a page view through beforeSend. */
const standInCollector = `
  const queue = window.vaq || [];
  const beforeSend = queue.filter((c) => c[0] === 'beforeSend').map((c) => c[1]).pop();
  const view = { type: 'pageview', url: location.href };
  window.collectorSaw = {
    mode: window.vam,
    commands: queue.map((c) => [c[0], ...c.slice(1).map((a) => typeof a)]),
    sent: beforeSend ? beforeSend(view) : view,
  };`;

interface Seen {
  collector: [string, string][];
  inHead: boolean;
  saw: unknown;
}

async function load(page: Page, baseURL: string, head: string, script = ''): Promise<Seen> {
  await page.route((url) => url.pathname === '/_vercel/insights/script.js', (route) => route.fulfill({ contentType: 'text/javascript', body: standInCollector }));
  await page.route((url) => url.pathname === '/analytics-check', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head>${head}</head><body>${script}</body></html>` }),
  );
  await page.goto(`${baseURL}/analytics-check?utm_source=newsletter&reader=someone#top`);
  await expect.poll(() => page.evaluate(() => Reflect.get(window, 'collectorSaw') !== undefined)).toBe(true);
  return page.evaluate(() => {
    const element = document.querySelector('script[src*="/_vercel/insights/script.js"]');
    return {
      collector: element ? element.getAttributeNames().toSorted().map((name): [string, string] => [name, element.getAttribute(name) ?? '']) : [],
      inHead: element?.parentElement === document.head,
      saw: Reflect.get(window, 'collectorSaw'),
    };
  });
}

test('the document’s analytics do what the package’s inject() does', async ({ browser, baseURL }) => {
  const base = baseURL ?? '';
  const injected = await browser.newPage();
  // The package as the browser gets it, and the beforeSend the site gives it: the path alone.
  const seenInjected = await load(
    injected,
    base,
    '',
    `<script type="module">${packageCode}
      inject({ beforeSend: (event) => { const url = new URL(event.url); url.search = ''; url.hash = ''; return { ...event, url: url.toString() }; } });
    </script>`,
  );
  const written = await browser.newPage();
  const seenWritten = await load(written, base, renderToStaticMarkup(createElement(Fragment, null, ...documentScripts({ analytics: true }))));

  expect(seenWritten).toEqual(seenInjected);
  expect(seenWritten.collector.map(([name]) => name)).toEqual(['data-sdkn', 'data-sdkv', 'defer', 'src']);
  expect(seenWritten.inHead).toBe(true);
  expect(seenWritten.saw).toEqual({
    mode: 'production',
    commands: [['beforeSend', 'function']],
    sent: { type: 'pageview', url: `${base}/analytics-check` },
  });
  await injected.close();
  await written.close();
});
