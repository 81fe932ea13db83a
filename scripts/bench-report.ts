import type { PublishingFigures } from './bench-publish';
import { DevFigures } from './bench-dev';
import { LighthouseResult } from './bench-lighthouse';
import { connections, devTimeoutMs, duration, lighthouseRuns, mixedRequests, values } from './bench-options';
import { PageFigures } from './bench-pages';
import type { PageTypeFigures } from './bench-page-types';
import { Timed } from './bench-run';

/** The bench's Markdown report. */

export interface SizeResult {
  articles: number;
  newsroomMb: number;
  /** What was served: the quick run serves the site's own build. */
  served: string;
  contentCheck: Timed;
  /** The check again with nothing changed, then with one article changed. */
  contentCheckUnchanged?: Timed;
  contentCheckOneChanged?: Timed;
  build?: Timed;
  /** From `next start` to the first 200 of the front page. */
  firstAnswerMs?: number;
  /** The server process's resident memory after --mixed-requests requests over the whole archive. */
  mixed?: { requests: number; errors: number; rssMb: number };
  dev?: DevFigures;
  prerendered: number;
  pages: PageFigures[];
  lighthouse?: LighthouseResult;
  publishing?: PublishingFigures;
}

export const ms = (value: number | undefined) => (value === undefined ? `> ${devTimeoutMs / 1000} s` : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value} ms`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function markdown(results: SizeResult[]): string {
  const lines = [
    `## Masthead bench${values.label ? ` (${values.label})` : ''}`,
    '',
    '| Articles | Newsroom | Content check (wall / CPU) | Build wall time | Build CPU time | Build peak memory | Pages prerendered |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.articles.toLocaleString('en-GB')} | ${r.newsroomMb} MB | ${r.contentCheck.seconds.toFixed(1)} s / ${r.contentCheck.cpuSeconds.toFixed(1)} s | ${r.build ? `${r.build.seconds.toFixed(1)} s` : '–'} | ${r.build ? `${r.build.cpuSeconds.toFixed(1)} s` : '–'} | ${r.build ? `${r.build.peakMb} MB` : '–'} | ${r.prerendered} |`,
    ),
  ];
  const scaled = results.filter((r) => r.contentCheckUnchanged || r.firstAnswerMs !== undefined);
  if (scaled.length) {
    const secs = (t: Timed | undefined) => (t ? `${t.seconds.toFixed(1)} s` : '–');
    const pair = (a: number | undefined, b: number | undefined) => `${ms(a)} / ${ms(b)}`;
    lines.push(
      '',
      `Cost as the archive grows. Content check: the full check, again with nothing changed, then with one article changed. Server: \`next start\` to its first answer, and its resident memory after ${mixedRequests.toLocaleString('en-GB')} requests spread over the archive. \`next dev\`: first / second request of the front and of an article, and how long a saved article takes to show.`,
      '',
      '| Articles | Check full (wall / peak memory) | Nothing changed | One article changed | Server first answer | Server RSS after mixed requests | dev: front | dev: article | dev: a save shows after |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...scaled.map((r) => {
        const d = r.dev;
        const dev = d ? [pair(d.frontFirstMs, d.frontSecondMs), pair(d.articleFirstMs, d.articleSecondMs), ms(d.savedShowsMs)] : ['–', '–', '–'];
        const mixed = r.mixed ? `${r.mixed.rssMb} MB${r.mixed.errors ? ` (${r.mixed.errors} errors)` : ''}` : '–';
        return `| ${r.articles.toLocaleString('en-GB')} | ${secs(r.contentCheck)} / ${r.contentCheck.peakMb} MB | ${secs(r.contentCheckUnchanged)} | ${secs(r.contentCheckOneChanged)} | ${r.firstAnswerMs === undefined ? '–' : `${r.firstAnswerMs} ms`} | ${mixed} | ${dev.join(' | ')} |`;
      }),
    );
  }
  const served = results.filter((r) => r.pages.length);
  if (served.length) {
    lines.push(
      '',
      `Served: ${served.map((r) => r.served).join('; ')}. Load: autocannon, ${connections} connections for ${duration} s per page on 127.0.0.1; Next alone = every request with a cookie, which the server's one-second cache leaves to Next; static = the same HTML from a bare Node server.`,
      '',
      '| Articles | Page | HTML | HTML gzip | App JS gzip | Framework JS gzip | Inline JS gzip | Server req/s | p50 / p99 | Next alone req/s | p50 / p99 | Static req/s | p50 / p99 | Server ÷ static |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of served) {
      for (const p of r.pages) {
        const n = p.next;
        const a = p.nextAlone;
        const s = p.static;
        const ratio = n && s && s.requestsPerSecond ? `${((n.requestsPerSecond / s.requestsPerSecond) * 100).toFixed(1)} %` : '–';
        lines.push(
          `| ${r.articles.toLocaleString('en-GB')} | ${p.name} | ${kb(p.htmlBytes)} | ${kb(p.htmlGzip)} | ${kb(p.appJsGzip)} | ${kb(p.frameworkJsGzip)} | ${kb(p.inlineJsGzip)} | ${n?.requestsPerSecond ?? '–'} | ${n ? `${n.p50Ms} / ${n.p99Ms} ms` : '–'} | ${a?.requestsPerSecond ?? '–'} | ${a ? `${a.p50Ms} / ${a.p99Ms} ms` : '–'} | ${s?.requestsPerSecond ?? '–'} | ${s ? `${s.p50Ms} / ${s.p99Ms} ms` : '–'} | ${ratio} |`,
        );
      }
    }
  }
  const audited = results.filter((r) => r.lighthouse);
  if (audited.length) {
    lines.push(
      '',
      `Lighthouse 12 (mobile, simulated throttling) on the article page, median of ${lighthouseRuns} runs from about:blank (Lighthouse's default); then the median with every script blocked, and the median starting on a page of another site:`,
      '',
      '| Articles | Performance (each run) | Accessibility | Best practices | SEO | LCP | TBT | CLS | Without scripts: performance, LCP, TBT | From another site: performance, LCP, TBT |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of audited) {
      const l = r.lighthouse;
      if (!l) continue;
      const each = l.runs.map((x) => x.performance).join(', ');
      const brief = (f: LighthouseResult['withoutScripts']) => `${f.performance}, ${f.lcpMs} ms, ${f.tbtMs} ms`;
      lines.push(
        `| ${r.articles.toLocaleString('en-GB')} | ${l.performance} (${each}) | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} | ${brief(l.withoutScripts)} | ${brief(l.fromOtherSite)} |`,
      );
    }
    const failing = [...new Set(audited.flatMap((r) => r.lighthouse?.failing ?? []))];
    if (failing.length) lines.push('', `Audits not passed: ${failing.join(', ')}.`);
  }
  return lines.join('\n');
}

/** Lighthouse on each page type of the site's own newsroom, from the server and from a recorded copy of its answers. */
export function pageTypesMarkdown(pages: PageTypeFigures[]): string {
  const cell = (f: PageTypeFigures['server']) => `${f.performance} (${f.runs.map((r) => r.performance).join(', ')}) | ${f.tbtMs} ms (${f.runs.map((r) => r.tbtMs).join(', ')}) | ${f.lcpMs} ms | ${f.cls}`;
  return [
    `Lighthouse 12 (mobile, simulated throttling, from about:blank) on each page type of the sample newsroom (content/), the median of each figure over ${lighthouseRuns} runs, the runs of every page interleaved. This machine's two cores are shared by the server and the browser: each page is measured as the standalone server answers it and from a recorded copy of the same answers, for which the server does nothing during the load.`,
    '',
    '| Page | Server: performance (each run) | TBT (each run) | LCP | CLS | Copy: performance (each run) | TBT (each run) | LCP | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...pages.map((p) => `| ${p.name} (\`${p.path}\`) | ${cell(p.server)} | ${cell(p.copy)} |`),
  ].join('\n');
}
