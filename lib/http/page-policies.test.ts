import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileNonPath } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { cachePolicy } from './cache-headers';
import { headersMissing, pageRules, readPageFacts, writePageFacts } from './page-policies';

const YOUTUBE = 'https://www.youtube-nocookie.com';
const VIMEO = 'https://player.vimeo.com';
const BLOG = '/middle-east/2021/11/07/night-in-baghdad';

/** The header values a request for `pathname` gets from these rules, as Next's router applies them: a later rule's value replaces an earlier one's. */
function headersFor(rules: ReturnType<typeof pageRules>, pathname: string): Record<string, string> {
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
  const rules = pageRules({
    framed: [
      { path: BLOG, frameSources: [YOUTUBE] },
      { path: `${BLOG}/page/2`, frameSources: [VIMEO, YOUTUBE] },
      { path: '/world/2021/11/08/statement', frameSources: [YOUTUBE] },
    ],
    live: [],
  });

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
    const framed = (path: string, frameSources: string[]) => () => pageRules({ framed: [{ path, frameSources }], live: [] });
    expect(framed('/a/(.*)', [YOUTUBE])).toThrow(/is not a site path/);
    expect(framed('/a', ["https://x.example 'unsafe-inline'"])).toThrow(/https origins/);
    expect(framed('/a', ['https://x.example/a;script-src *'])).toThrow(/https origins/);
    expect(framed('/a', ['https://x.example/a b'])).toThrow(/https origins/);
    expect(framed('/a', [])).toThrow(/https origins/);
    expect(() => pageRules({ framed: [], live: ['/a|/b'] })).toThrow(/is not a site path/);
  });

});

describe('a post framed from a host an editor’s link named', () => {
  const POST = 'https://mastodon.example/@desk/109426723543542466/embed';

  it('is allowed by its own address alone, and given no feature', () => {
    // Made here, not where the tests are collected: a rule refused there would fail no test.
    const rules = pageRules({ framed: [{ path: BLOG, frameSources: [YOUTUBE, POST] }], live: [] });
    expect(frameSrc(headersFor(rules, BLOG))).toBe(`${POST} ${YOUTUBE}`);
    expect(headersFor(rules, BLOG)['Permissions-Policy']).toContain(`autoplay=("${YOUTUBE}")`);
    expect(headersFor(rules, BLOG)['Permissions-Policy']).not.toContain('mastodon');
  });
});

describe('open live blogs', () => {
  const rules = pageRules({ framed: [{ path: BLOG, frameSources: [YOUTUBE] }], live: [BLOG, '/world/2021/11/08/election-night'] });

  it('are kept briefly by shared caches at their own address, and only there', () => {
    expect(headersFor(rules, BLOG)['Cache-Control']).toBe(cachePolicy.live);
    expect(headersFor(rules, '/world/2021/11/08/election-night')).toEqual({ 'Cache-Control': cachePolicy.live });
    expect(headersFor(rules, `${BLOG}/page/1`)).toEqual({});
    expect(headersFor(rules, '/world/2021/11/08/election')).toEqual({});
  });

  it('keep their frames where they carry embeds', () => {
    expect(frameSrc(headersFor(rules, BLOG))).toBe(YOUTUBE);
  });
});

describe('what the content check found', () => {
  it('is read back as written, and is nothing when the check has not run', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'page-facts-'));
    try {
      const file = path.join(dir, 'cache', 'page-facts.json');
      expect(readPageFacts(file)).toEqual({ framed: [], live: [] });
      const facts = { framed: [{ path: BLOG, frameSources: [YOUTUBE] }], live: [BLOG] };
      writePageFacts(file, facts);
      expect(readPageFacts(file)).toEqual(facts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what the content check found, read back from a damaged or older file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'page-facts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = (text: string) => {
    const file = path.join(dir, 'page-facts.json');
    writeFileSync(file, text);
    return readPageFacts(file);
  };

  it('keeps only well-formed pages and addresses, so nothing unchecked is allowed', () => {
    const good = { path: BLOG, frameSources: [YOUTUBE] };
    const framed = [good, null, 'x', { path: 1, frameSources: [YOUTUBE] }, { path: BLOG }, { path: BLOG, frameSources: YOUTUBE }, { path: BLOG, frameSources: [YOUTUBE, 2] }];
    expect(read(JSON.stringify({ framed, live: [BLOG, 3, null] }))).toEqual({ framed: [good], live: [BLOG] });
  });

  it('is nothing where the file is not what the check writes', () => {
    for (const text of ['', '{', 'null', '[]', '7', '{"framed":"x","live":"y"}', '{"framed":{},"live":{}}']) {
      expect(read(text), text).toEqual({ framed: [], live: [] });
    }
  });

  it('is written into folders that do not exist yet', () => {
    const file = path.join(dir, 'a', 'b', 'page-facts.json');
    writePageFacts(file, { framed: [], live: [BLOG] });
    expect(readPageFacts(file)).toEqual({ framed: [], live: [BLOG] });
  });
});

describe('frame sources', () => {
  it('are https origins, or a player’s address on one, and nothing more', () => {
    const rules = (source: string) => () => pageRules({ framed: [{ path: '/world', frameSources: [source] }], live: [] });
    expect(rules('https://a')).not.toThrow();
    expect(rules('https://mastodon.example/@desk/1/embed')).not.toThrow();
    expect(() => pageRules({ framed: [{ path: '/world', frameSources: [YOUTUBE, 'http://player.example'] }], live: [] })).toThrow(/https origins/);
    for (const bad of ['http://player.example', `x ${YOUTUBE}`, `${YOUTUBE}/embed x`, `${YOUTUBE}/embed;script-src *`, `${YOUTUBE}/a,b`, `${YOUTUBE} 'unsafe-eval'`, 'https://', 'https://Player.example']) {
      expect(rules(bad), bad).toThrow(/https origins/);
    }
  });
});

describe('content published without a build', () => {
  const built = { framed: [{ path: BLOG, frameSources: [YOUTUBE] }], live: [BLOG] };

  it('needs nothing new when its pages frame what they did, or less, and its live blogs were open at build', () => {
    expect(headersMissing(built, built)).toEqual([]);
    expect(headersMissing(built, { framed: [], live: [] })).toEqual([]);
  });

  it('names each page whose headers the build lacks, and why', () => {
    const wanted = {
      framed: [
        { path: BLOG, frameSources: [VIMEO, YOUTUBE] },
        { path: `${BLOG}/page/1`, frameSources: [YOUTUBE] },
      ],
      live: [BLOG, '/world/2021/11/08/election-night'],
    };
    expect(headersMissing({ framed: [], live: [] }, { framed: [{ path: BLOG, frameSources: [VIMEO, YOUTUBE] }], live: [] })).toEqual([
      { path: BLOG, reason: `it would frame ${VIMEO}, ${YOUTUBE}, which its Content-Security-Policy does not allow` },
    ]);
    expect(headersMissing(built, wanted)).toEqual([
      { path: BLOG, reason: `it would frame ${VIMEO}, which its Content-Security-Policy does not allow` },
      { path: `${BLOG}/page/1`, reason: `it would frame ${YOUTUBE}, which its Content-Security-Policy does not allow` },
      { path: '/world/2021/11/08/election-night', reason: 'it is an open live blog, which shared caches would keep as long as an article' },
    ]);
  });
});
