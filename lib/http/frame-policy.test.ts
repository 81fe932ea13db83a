import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileNonPath } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { framedPageRules, readFramedPages, writeFramedPages } from './frame-policy';

const YOUTUBE = 'https://www.youtube-nocookie.com';
const VIMEO = 'https://player.vimeo.com';
const BLOG = '/middle-east/2021/11/07/night-in-baghdad';

/** The header values a request for `pathname` gets from these rules, as Next's router applies them: a later rule's value replaces an earlier one's. */
function headersFor(rules: ReturnType<typeof framedPageRules>, pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const params = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(pathname);
    if (!params) continue;
    for (const { key, value } of rule.headers) out[key] = compileNonPath(value, params);
  }
  return out;
}

const frameSrc = (headers: Record<string, string>) => /(?:^|; )frame-src ([^;]+)/.exec(headers['Content-Security-Policy'] ?? '')?.[1];

describe('frames for embeds, page by page', () => {
  const rules = framedPageRules([
    { path: BLOG, frameSources: [YOUTUBE] },
    { path: `${BLOG}/page/2`, frameSources: [VIMEO, YOUTUBE] },
    { path: '/world/2021/11/08/statement', frameSources: [YOUTUBE] },
  ]);

  it('make one rule per set of players', () => {
    expect(rules).toHaveLength(2);
  });

  it('give exactly the listed pages their players as frame sources, and autoplay to them alone', () => {
    expect(frameSrc(headersFor(rules, BLOG))).toBe(YOUTUBE);
    expect(frameSrc(headersFor(rules, `${BLOG}/page/2`))).toBe(`${VIMEO} ${YOUTUBE}`);
    expect(frameSrc(headersFor(rules, '/world/2021/11/08/statement'))).toBe(YOUTUBE);
    expect(headersFor(rules, BLOG)['Permissions-Policy']).toContain(`autoplay=("${YOUTUBE}")`);
    expect(headersFor(rules, BLOG)['Content-Security-Policy']).toMatch(/script-src 'self' 'sha256-/);
  });

  it('leave every other address to the policy of every path (frame-src none)', () => {
    for (const other of [`${BLOG}/page/1`, `${BLOG}/page/22`, `${BLOG}x`, `${BLOG}/feed.json`, `/x${BLOG}`, '/world/2021/11/08/statement/page/2', '/']) {
      expect(headersFor(rules, other), other).toEqual({});
    }
  });

  it('refuse a page or a source that could change the rule’s meaning', () => {
    expect(() => framedPageRules([{ path: '/a/(.*)', frameSources: [YOUTUBE] }])).toThrow(/expected a site path/);
    expect(() => framedPageRules([{ path: '/a', frameSources: ["https://x.example 'unsafe-inline'"] }])).toThrow(/https origins/);
    expect(() => framedPageRules([{ path: '/a', frameSources: [] }])).toThrow();
  });

  it('read back what the content check wrote, and nothing when it has not run', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'framed-'));
    try {
      const file = path.join(dir, 'cache', 'framed-pages.json');
      expect(readFramedPages(file)).toEqual([]);
      writeFramedPages(file, [{ path: BLOG, frameSources: [YOUTUBE] }]);
      expect(readFramedPages(file)).toEqual([{ path: BLOG, frameSources: [YOUTUBE] }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
