import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directorySource, publicImageResolver } from '../content/source';
import { checkIntoStore } from '../content/store/run';
import { at, list, parseXml, text } from '../../testing/xml';
import { FIXTURE_DIR } from './fixtures';

// The route itself, over a store of the fixture newsroom, with the clock pinned by MASTHEAD_NOW as in production.
const saved = { MASTHEAD_CONTENT_STORE: process.env.MASTHEAD_CONTENT_STORE, MASTHEAD_NOW: process.env.MASTHEAD_NOW };
const dir = mkdtempSync(path.join(tmpdir(), 'masthead-news-'));

beforeAll(async () => {
  const file = path.join(dir, 'content.db');
  await checkIntoStore({ file, source: directorySource(FIXTURE_DIR), images: publicImageResolver(path.join(process.cwd(), 'public')) });
  process.env.MASTHEAD_CONTENT_STORE = file;
});

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

async function fetchNewsSitemap(at: string) {
  process.env.MASTHEAD_NOW = at;
  const { GET } = await import('@/app/news-sitemap.xml/route');
  const response = GET();
  return { response, doc: parseXml(await response.text()) };
}

describe('GET /news-sitemap.xml', () => {
  it('lists the story inside the 48-hour window and not the one outside it', async () => {
    const { response, doc } = await fetchNewsSitemap('2021-11-09T09:00:00Z');
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const titles = list(at(doc, 'urlset', 'url')).map((u) => text(at(u, 'news:news', 'news:title')));
    expect(titles).toEqual(['Officials call </script><script>alert(1)</script> harmless & move on', 'Published one minute inside the window']);
  });

  it('moves with the clock on every request', async () => {
    const { doc } = await fetchNewsSitemap('2021-11-11T12:00:00Z');
    expect(list(at(doc, 'urlset', 'url'))).toEqual([]);
    const later = await fetchNewsSitemap('2021-11-09T10:00:00Z');
    expect(list(at(later.doc, 'urlset', 'url')).map((u) => text(at(u, 'loc')))).toEqual([
      expect.stringMatching(/\/world\/2021\/11\/09\/after-clock$/),
      expect.stringMatching(/\/world\/2021\/11\/08\/inside-window$/),
    ]);
  });
});
