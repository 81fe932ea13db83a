import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { connections, duration } from './bench-options';

/** What one page weighs and how fast it is served, against the same HTML from a bare static server. */

export interface PageFigures {
  name: string;
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  appJsGzip: number;
  frameworkJsGzip: number;
  /** Scripts written into the page (JSON and JSON-LD data left out): Next's inline RSC payload, the page's own script. */
  inlineJsGzip: number;
  scripts: { src: string; gzip: number; framework: boolean }[];
  cacheControl: string | null;
  /** As the server answers readers: repeated requests from its one-second cache. */
  next?: LoadFigures;
  /** Every request carrying a cookie, which the one-second cache leaves to Next: Next's own request path. */
  nextAlone?: LoadFigures;
  static?: LoadFigures;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** A request header the server's one-second cache never answers (lib/http/response-cache.ts), so every request reaches Next. */
export const PAST_THE_CACHE = { cookie: 'bench=past-the-cache' };

export async function load(url: string, headers: Record<string, string> = {}): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration, pipelining: 1, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The framework runtime every page shares, as Next lists it; everything else a page loads is the app's. */
export function frameworkFiles(distDir: string): Set<string> {
  const manifest: unknown = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'));
  const list = (key: string): string[] => {
    const value: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, key) : undefined;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  return new Set([...list('rootMainFiles'), ...list('polyfillFiles')].map((f) => `/_next/${f}`));
}

export async function measurePage(base: string, name: string, pagePath: string, framework: Set<string>, staticRoot: string): Promise<PageFigures> {
  const res = await fetch(base + pagePath, { headers: { 'accept-encoding': 'identity' } });
  if (!res.ok) throw new Error(`${pagePath} answered ${res.status}`);
  const html = Buffer.from(await res.arrayBuffer());
  const saveAs = path.join(staticRoot, pagePath, 'index.html');
  mkdirSync(path.dirname(saveAs), { recursive: true });
  writeFileSync(saveAs, html);
  // Browsers that run modules skip noModule polyfills, so they are not counted.
  const srcs = [...html.toString('utf8').matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(`${m[1] ?? ''}${m[3] ?? ''}`))
    .map((m) => m[2] ?? '');
  const scripts: PageFigures['scripts'] = [];
  for (const src of [...new Set(srcs)]) {
    const url = new URL(src, base);
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    scripts.push({ src: url.pathname, gzip: gzipSync(body).length, framework: framework.has(url.pathname) });
    const file = path.join(staticRoot, url.pathname);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
  const sum = (framework: boolean) => scripts.filter((s) => s.framework === framework).reduce((t, s) => t + s.gzip, 0);
  const inline = [...html.toString('utf8').matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .join('\n');
  return {
    name,
    path: pagePath,
    htmlBytes: html.length,
    htmlGzip: gzipSync(html).length,
    appJsGzip: sum(false),
    frameworkJsGzip: sum(true),
    inlineJsGzip: inline ? gzipSync(inline).length : 0,
    scripts,
    cacheControl: res.headers.get('cache-control'),
  };
}
