import { createHash } from 'node:crypto';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The one document of every reader page (pages/_document.tsx) against the script policy the
 * header of every response carries (next.config.js), for a build with analytics on and one
 * with it off: the document's inline scripts are exactly the hashes the header lists, its only
 * script file is the site's own, and it carries no policy of its own. Next's document parts
 * stand in as plain elements; the browser tests check the same on every page type of the
 * build they run against (e2e/security.spec.ts).
 */

vi.mock('next/document', async () => {
  // The factory runs before this file's imports, so it brings its own React.
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

const unescape = (text: string) =>
  text.replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

const sha256 = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** The document and the header's script-src of a build made with MASTHEAD_ANALYTICS so. */
async function build(analytics: 'on' | 'off') {
  vi.resetModules();
  vi.stubEnv('MASTHEAD_ANALYTICS', analytics);
  const { default: Document } = await import('../../pages/_document');
  const html = renderToStaticMarkup(createElement(Document));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => unescape(m[2] ?? ''));
  const files = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  // After the document's import, so React's own modules load as the test runner's.
  vi.stubEnv('NODE_ENV', 'production');
  const { default: config } = await import('../../next.config.js');
  if (!config.headers) throw new Error('next.config.js sends no headers');
  const everyPath = (await config.headers()).find((rule) => rule.source === '/:path*');
  const policy = everyPath?.headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
  const scriptSrc = (/(?:^|; )script-src ([^;]+)/.exec(policy)?.[1] ?? '').split(' ');
  return { html, inline, files, scriptSrc };
}

describe('the document’s scripts and the header’s script policy', () => {
  it('with analytics on: the page’s script and the analytics queue, listed by hash, and Vercel’s collector from the site', async () => {
    const { inline, files, scriptSrc } = await build('on');
    expect(inline).toHaveLength(2);
    expect(scriptSrc).toEqual(["'self'", ...inline.map(sha256)]);
    expect(files).toEqual(['/_vercel/insights/script.js']);
  });

  it('with analytics off: the page’s script alone', async () => {
    const { inline, files, scriptSrc } = await build('off');
    expect(inline).toHaveLength(1);
    expect(scriptSrc).toEqual(["'self'", sha256(inline[0] ?? '')]);
    expect(files).toEqual([]);
  });

  it('leave the policy to the header: no policy in the document, nothing inline allowed but by hash', async () => {
    for (const analytics of ['on', 'off'] as const) {
      const { html, scriptSrc } = await build(analytics);
      expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i);
      expect(scriptSrc.join(' ')).not.toMatch(/unsafe|nonce|\*|https?:/);
    }
  });
});
