import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_LATER } from '../testing/clock.mjs';
import { baseUrl } from '../testing/content-files';
import { copyBuild, startProductionServer, type RunningServer } from '../testing/server';

// Drafts and embargoes, end to end. The sample newsroom holds one draft and one story scheduled
// after the suite's clock (MASTHEAD_NOW, playwright.config.ts); both are named here literally,
// so nothing the site computes can agree with itself about what is unpublished.

const DRAFT = {
  path: '/analysis/2021/11/10/what-iraqs-next-government-will-face',
  headlines: ["What Iraq's next government will have to face", 'What Iraq’s next government will have to face'],
  share: '/og/articles/what-iraqs-next-government-will-face.png',
};
const SCHEDULED = {
  path: '/middle-east/2021/11/10/electoral-commission-recounts-disputed-ballots',
  headlines: ['Electoral commission recounts disputed ballots as Iraq waits for final results'],
  share: '/og/articles/electoral-commission-recounts-disputed-ballots.png',
  /** A topic only the scheduled story carries: its page exists once the story is out. */
  tag: '/tags/electoral-commission',
};

/** Searches a reader might make for either story: words of their headlines and bodies. */
const SEARCHES = ['/search?q=Electoral+Commission+Recounts', '/search?q=recounts', '/search?q=next+government', '/search?q=hand+count'];

const siteUrl = new RegExp(`${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^"<#\\s\\\\]*)`, 'g');

/** Every address the site links to from its pages, feeds and sitemaps, and what it answered. */
async function crawl(request: APIRequestContext, base = ''): Promise<Map<string, { status: number; body: string }>> {
  const seen = new Map<string, { status: number; body: string }>();
  const queue = ['/', '/tags', '/authors', '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/news-sitemap.xml', ...SEARCHES];
  while (queue.length) {
    const next = queue.shift() ?? '';
    if (seen.has(next)) continue;
    const response = await request.get(`${base}${next}`).catch((error: unknown) => {
      throw new Error(`${next}: ${String(error)}`);
    });
    const body = await response.text();
    seen.set(next, { status: response.status(), body });
    expect(seen.size, 'the crawl stays within the sample newsroom').toBeLessThan(400);
    // Site paths in links, and the site's absolute URLs in heads, feeds and sitemaps.
    const links = [...body.matchAll(/href="(\/[^"#]*)"/g), ...body.matchAll(siteUrl)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
    for (const link of links) {
      if (/^\/(?:_next|images|og)\/|\.(?:png|svg|ico|css|js)$/.test(link) || seen.has(link)) continue;
      queue.push(link);
    }
  }
  return seen;
}

function mentions(body: string, story: { path: string; headlines: string[]; share: string }): string[] {
  return [story.path, story.share, ...story.headlines].filter((needle) => body.includes(needle));
}

test('a draft and a scheduled story appear on no page, in no feed, sitemap or search result', async ({ request }) => {
  test.setTimeout(120_000);
  const pages = await crawl(request);
  // The crawl reached every kind of output: articles, fronts, topics, desks, feeds, sitemaps, search.
  const visited = [...pages.keys()];
  for (const kind of [/^\/middle-east\/\d{4}\//, /^\/world$/, /^\/tags\/iraq$/, /^\/authors\/middle-east-desk$/, /^\/middle-east\/feed\.xml$/, /^\/sitemaps\/articles-1\.xml$/, /^\/search\?q=/]) {
    expect(visited.some((url) => kind.test(url)), `the crawl visited ${kind}`).toBe(true);
  }
  for (const [url, { status, body }] of pages) {
    expect(status, url).toBeLessThan(400);
    expect(mentions(body, DRAFT), `${url} mentions the draft`).toEqual([]);
    expect(mentions(body, SCHEDULED), `${url} mentions the scheduled story`).toEqual([]);
  }
  for (const url of [DRAFT.path, DRAFT.share, SCHEDULED.path, SCHEDULED.share, SCHEDULED.tag]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

test.describe('once its time has passed', () => {
  // A second server on a copy of the build, standing at a later moment: what was prerendered
  // at build is served once more while it is regenerated (every page revalidates after 30 s),
  // then the scheduled story is everywhere. The copy keeps the build's file times, so the
  // server sees its pages as made at build time.
  const port = Number(process.env.E2E_PORT ?? 3100) + 220;
  const copy = path.join('test-results', 'later-build');
  let server: RunningServer | undefined;

  test.afterAll(async () => {
    await server?.stop();
    rmSync(copy, { recursive: true, force: true });
  });

  test('a scheduled story appears on the fronts, in the feeds, sitemaps and search, and the draft still does not', async ({ request }) => {
    test.setTimeout(180_000);
    copyBuild(copy);
    server = await startProductionServer(port, { MASTHEAD_DIST_DIR: copy, MASTHEAD_NOW: E2E_LATER });
    const base = server.url;

    const expectations: [string, string][] = [
      ['/', SCHEDULED.path],
      ['/middle-east', SCHEDULED.path],
      ['/tags/iraq', SCHEDULED.path],
      ['/authors/middle-east-desk', SCHEDULED.path],
      [SCHEDULED.tag, SCHEDULED.path],
      ['/feed.xml', SCHEDULED.path],
      ['/atom.xml', SCHEDULED.path],
      ['/feed.json', SCHEDULED.path],
      ['/middle-east/feed.xml', SCHEDULED.path],
      ['/sitemaps/articles-1.xml', SCHEDULED.path],
      ['/sitemaps/tags.xml', SCHEDULED.tag],
      ['/news-sitemap.xml', SCHEDULED.path],
      ['/search?q=recounts', SCHEDULED.path],
      [SCHEDULED.path, SCHEDULED.headlines[0] ?? ''],
    ];
    for (const [url, needle] of expectations) {
      await expect
        .poll(
          async () => {
            const response = await request.get(`${base}${url}`);
            return response.ok() && (await response.text()).includes(needle);
          },
          { message: `${url} shows the scheduled story once its time has passed`, timeout: 90_000, intervals: [1_000, 2_000, 5_000] },
        )
        .toBe(true);
    }
    // Its time has passed too, but a draft is never published.
    const pages = await crawl(request, base);
    for (const [url, { body }] of pages) expect(mentions(body, DRAFT), `${url} mentions the draft`).toEqual([]);
    expect((await request.get(`${base}${DRAFT.path}`)).status()).toBe(404);
  });
});
