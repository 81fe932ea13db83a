import { Fragment, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import analytics from '@vercel/analytics/package.json';
import { plainAnalyticsElements } from './PlainAnalytics';

const html = renderToStaticMarkup(createElement(Fragment, null, ...plainAnalyticsElements()));

describe('plainAnalyticsElements', () => {
  it('loads Vercel’s collector deferred, named with the package’s name and version', () => {
    const collector = /<script defer="" src="([^"]+)" data-sdkn="([^"]+)" data-sdkv="([^"]+)"><\/script>/.exec(html);
    expect(collector?.slice(1)).toEqual(['/_vercel/insights/script.js', '@vercel/analytics', analytics.version]);
  });

  it('queues commands before the collector loads and counts a page without its query or fragment', () => {
    const queue = /<script id="analytics-queue">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const window: { va?: unknown; vaq?: unknown[][] } = {};
    runInNewContext(queue, { window, URL, Object, Array });
    const [command, beforeSend] = window.vaq?.[0] ?? [];
    expect(command).toBe('beforeSend');
    if (typeof beforeSend !== 'function') throw new Error('no beforeSend function queued');
    const event = { type: 'pageview', url: 'https://example.org/world/2021/11/08/story?utm_source=x&email=a@b.c#top' };
    expect(Reflect.apply(beforeSend, undefined, [event])).toEqual({ type: 'pageview', url: 'https://example.org/world/2021/11/08/story' });
  });
});
