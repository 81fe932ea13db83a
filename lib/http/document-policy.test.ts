import { createHash } from 'node:crypto';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The article document's script policy, rendered as a production server writes it, with
 * analytics on and off: every inline script it runs is listed by hash, every script file is
 * the site's own, and nothing else may run. Next's document parts stand in as plain elements.
 */

vi.mock('next/document', async () => {
  // The factory runs before this file's imports: React is imported here for it.
  const { Component, createElement } = await import('react');
  class Head extends Component<{ children?: ReactNode }> {
    render() {
      return createElement('head', null, this.props.children);
    }
  }
  return {
    Head,
    Html: ({ children, lang }: { children?: ReactNode; lang?: string }) => createElement('html', { lang }, children),
    Main: () => createElement('div', { id: '__next' }),
    NextScript: () => null,
  };
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function renderDocument(analytics: 'on' | 'off') {
  vi.resetModules();
  vi.stubEnv('MASTHEAD_ANALYTICS', analytics);
  const { default: Document } = await import('../../pages/_document');
  // After the import, so React's own modules load as the test runner's; the document reads it as it renders.
  vi.stubEnv('NODE_ENV', 'production');
  const html = renderToStaticMarkup(createElement(Document));
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#x27;', "'") ?? '';
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => (m[2] ?? '').replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
  const files = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  return { html, policy, inline, files };
}

const sha256 = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

describe('the article document’s script policy', () => {
  it('with analytics on, lists exactly its inline scripts and loads the collector from its own origin', async () => {
    const { policy, inline, files } = await renderDocument('on');
    // The page's own script and the analytics queue.
    expect(inline).toHaveLength(2);
    expect(policy.split(' ')).toEqual(["script-src", "'self'", ...inline.map(sha256)]);
    expect(files).toEqual(['/_vercel/insights/script.js']);
  });

  it('with analytics off, runs the page’s own script alone', async () => {
    const { policy, inline, files } = await renderDocument('off');
    expect(inline).toHaveLength(1);
    expect(policy).toBe(`script-src 'self' ${sha256(inline[0] ?? '')}`);
    expect(files).toEqual([]);
  });

  it('puts the policy before every script, so none runs unchecked', async () => {
    const { html } = await renderDocument('on');
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(0);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
  });
});
