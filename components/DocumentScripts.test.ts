import { Fragment, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import analyticsPackage from '@vercel/analytics/package.json';
import { documentScripts } from './DocumentScripts';

const markup = (analytics: boolean) => renderToStaticMarkup(createElement(Fragment, null, ...documentScripts({ analytics })));

describe('the scripts of the reader document', () => {
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
