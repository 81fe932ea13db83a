import { createServer } from 'node:http';
import { lighthouseRuns, port } from './bench-options';

/** Lighthouse on one page: the median of --lighthouse-runs runs on a phone profile. */

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Accessibility, best-practice and SEO audits that did not pass, to know what to fix. */
  failing: string[];
}

export interface LighthouseResult extends LighthouseFigures {
  /** Performance, LCP and TBT of every run; the figures above are the median run's. */
  runs: Pick<LighthouseFigures, 'performance' | 'lcpMs' | 'tbtMs'>[];
  /** The median of the same runs with every script blocked: what the page costs without its JavaScript. */
  withoutScripts: Pick<LighthouseFigures, 'performance' | 'lcpMs' | 'tbtMs'>;
  /** The median of the same runs starting on a page of another site, as a reader arrives from a search or a link. */
  fromOtherSite: Pick<LighthouseFigures, 'performance' | 'lcpMs' | 'tbtMs'>;
}

export interface LighthouseRun {
  blockScripts?: boolean;
  /** The page the tab shows before the audited load; Lighthouse's default is about:blank. */
  blankPage?: string;
}

/**
 * Lighthouse's figures move from run to run on a shared machine (TBT most), so it runs
 * several times and reports the median run; then as often with scripts blocked, which
 * shows how much of the cost is the JavaScript the page loads; then as often starting
 * from a page of another site. From about:blank, a page without a
 * Cross-Origin-Opener-Policy can reuse the blank tab's warm renderer, while the site's
 * policy (SECURITY.md) puts it in a new browsing context group: a cost a reader who
 * follows a link from another site pays with or without the header.
 */
export async function lighthouse(url: string): Promise<LighthouseResult> {
  const median = async (options: LighthouseRun) => {
    const runs: LighthouseFigures[] = [];
    for (let i = 0; i < lighthouseRuns; i++) runs.push(await auditOnce(url, (text) => console.log(text), options));
    runs.sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
    const middle = runs[Math.floor(runs.length / 2)];
    if (!middle) throw new Error('no Lighthouse run');
    return { middle, runs };
  };
  // "Another site": localhost is a different site from the 127.0.0.1 the page is served on.
  const elsewhere = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Elsewhere</title><p>A page of another site.</p>');
  });
  await new Promise<void>((resolve) => elsewhere.listen(port + 2, '127.0.0.1', resolve));
  try {
    const { middle, runs } = await median({});
    const blocked = (await median({ blockScripts: true })).middle;
    const arriving = (await median({ blankPage: `http://localhost:${port + 2}/` })).middle;
    const brief = (f: LighthouseFigures) => ({ performance: f.performance, lcpMs: f.lcpMs, tbtMs: f.tbtMs });
    return { ...middle, runs: runs.map(brief), withoutScripts: brief(blocked), fromOtherSite: brief(arriving) };
  } finally {
    elsewhere.close();
  }
}

/** One Lighthouse run; a run that fails to load the page (a starved machine can time out) is run again, twice at most. */
export async function auditOnce(url: string, say: (text: string) => void, options: LighthouseRun = {}, tries = 3): Promise<LighthouseFigures> {
  try {
    return await lighthouseOnce(url, options);
  } catch (error) {
    if (tries <= 1) throw error;
    say(`${error instanceof Error ? error.message : String(error)}; running it again`);
    return auditOnce(url, say, options, tries - 1);
  }
}

export async function lighthouseOnce(url: string, { blockScripts = false, blankPage = 'about:blank' }: LighthouseRun): Promise<LighthouseFigures> {
  // The server shares this machine's two cores with the browser. A request for a page past its
  // revalidation time regenerates it in the background, and that work would be counted as the
  // browser's (Lighthouse multiplies what it observes): ask for the page first and let the
  // server settle, so the run measures the page as a reader's own device would load it.
  await (await fetch(url)).arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const chromeLauncher = await import('chrome-launcher');
  const { default: run } = await import('lighthouse');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await run(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      blockedUrlPatterns: blockScripts ? ['*.js'] : [],
      blankPage,
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    // A run that could not load the page (Lighthouse says why) has no figures to report.
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
      failing: ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
        (categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c}: ${ref.id}`),
      ),
    };
  } finally {
    chrome.kill();
  }
}
