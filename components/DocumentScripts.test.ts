import { Fragment, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import analyticsPackage from '@vercel/analytics/package.json';
import { documentScripts } from './DocumentScripts';

const markup = (analytics: boolean) => renderToStaticMarkup(createElement(Fragment, null, ...documentScripts({ analytics })));

/** The text of every inline script in `html`, as a browser hashes it for the policy. */
const inlineScriptHashes = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);

/** The script-src of the Content-Security-Policy header next.config.js sends on every path, for a build with MASTHEAD_ANALYTICS set so. */
async function headerScriptSources(analytics: 'on' | 'off'): Promise<string[]> {
  vi.resetModules();
  vi.stubEnv('MASTHEAD_ANALYTICS', analytics);
  vi.stubEnv('NODE_ENV', 'production');
  const { default: config } = await import('../next.config.js');
  if (!config.headers) throw new Error('next.config.js sends no headers');
  const rules = await config.headers();
  const policy = rules.find((r) => r.source === '/:path*')?.headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
  return (/(?:^|; )script-src ([^;]+)/.exec(policy)?.[1] ?? '').split(' ');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the scripts of the reader document', () => {
  for (const analytics of ['on', 'off'] as const) {
    it(`are exactly the ones the header's policy lists, with analytics ${analytics}`, async () => {
      const [self, ...hashes] = await headerScriptSources(analytics);
      expect(self).toBe("'self'");
      expect(inlineScriptHashes(markup(analytics === 'on'))).toEqual(hashes);
    });
  }

  it('load Vercel’s collector deferred, named with the package’s name and version, only with analytics on', () => {
    const collector = /<script defer="" src="([^"]+)" data-sdkn="([^"]+)" data-sdkv="([^"]+)"><\/script>/.exec(markup(true));
    expect(collector?.slice(1)).toEqual(['/_vercel/insights/script.js', '@vercel/analytics', analyticsPackage.version]);
    expect(markup(false)).not.toContain('/_vercel/');
  });

  it('queue commands before the collector loads and count a page without its query or fragment', () => {
    const queue = /<script id="analytics-queue">([\s\S]*?)<\/script>/.exec(markup(true))?.[1] ?? '';
    const window: { va?: unknown; vaq?: unknown[][]; vam?: unknown } = {};
    runInNewContext(queue, { window, URL, Object, Array });
    expect(window.vam).toBe('production');
    const [command, beforeSend] = window.vaq?.[0] ?? [];
    expect(command).toBe('beforeSend');
    if (typeof beforeSend !== 'function') throw new Error('no beforeSend function queued');
    const event = { type: 'pageview', url: 'https://example.org/world/2021/11/08/story?utm_source=x&email=a@b.c#top' };
    expect(Reflect.apply(beforeSend, undefined, [event])).toEqual({ type: 'pageview', url: 'https://example.org/world/2021/11/08/story' });
  });
});
