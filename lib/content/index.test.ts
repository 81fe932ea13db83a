import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serveNewsroom, servingNewsrooms, storyFile, writeNewsroom } from '../../testing/newsroom';

/**
 * The gateway at different moments (MASTHEAD_NOW), against a small newsroom
 * on disk: every function a route, feed or sitemap calls must leave drafts
 * and embargoed articles out until they are published.
 */

const BEFORE = '2021-11-07T11:59:00Z';
const AFTER = '2021-11-07T12:00:30Z';
const SCHEDULED_PATH = '/world/2021/11/07/scheduled';
const DRAFT_PATH = '/world/2021/10/01/draft';
const FORMER_PATH = '/world/2021/11/06/scheduled-first-version';

const article = (id: string, publishedAt: string, extra = '', body = 'Body.') =>
  storyFile(id, publishedAt, { extra, body, authors: [id === 'draft' ? 'night-desk' : 'world-desk'], tags: ['Iraq', ...(id === 'old' ? [] : [`${id} only`])] });

const newsroom = (articles: Record<string, string>) =>
  writeNewsroom(articles, {
    sections: '- id: world\n  name: World\n- id: analysis\n  name: Analysis\n',
    authors: '- id: world-desk\n  name: World desk\n  kind: desk\n- id: night-desk\n  name: Night desk\n  kind: desk\n',
  });

const tree = newsroom({
  old: article('old', '2021-11-01T09:00:00+00:00', 'related: [scheduled, draft]\n', '<AlsoRead id="scheduled" />\n\nMore.'),
  scheduled: article('scheduled', '2021-11-07T12:00:00+00:00', `redirectFrom: [${FORMER_PATH}]\n`),
  draft: article('draft', '2021-10-01T09:00:00+00:00', 'draft: true\n'),
});

/**
 * The gateway as a server (or, with `dev`, `next dev`) sees it over the tree at `root`: a
 * server reads the store the content check wrote; `next dev` keeps its own in step with the tree.
 */
async function gateway(root: string, mode: 'server' | 'dev' = 'server') {
  await serveNewsroom(root, mode);
  return import('./index');
}

const ids = (list: { id: string }[]) => list.map((a) => a.id);

servingNewsrooms();

describe('in production, before the embargo lifts', () => {
  it('no gateway function returns the draft or the embargoed article', async () => {
    const content = await gateway(tree);
    vi.stubEnv('MASTHEAD_NOW', BEFORE);
    expect(ids(content.listArticles())).toEqual(['old']);
    expect(ids(content.listArticles({ section: 'world' }))).toEqual(['old']);
    expect(ids(content.listArticles({ tag: 'iraq' }))).toEqual(['old']);
    expect(content.listArticles({ author: 'night-desk' })).toEqual([]);
    expect(content.getArticleByPath(SCHEDULED_PATH)).toBeUndefined();
    expect(content.getArticleByPath(DRAFT_PATH)).toBeUndefined();
    expect(content.getArticleSummary('scheduled')).toBeUndefined();
    expect(content.getArticleSummary('draft')).toBeUndefined();
    expect(content.getArticleByFormerPath(FORMER_PATH)).toBeUndefined();
    expect([content.countArticles(), content.countArticles({ section: 'world' }), content.countArticles({ tag: 'iraq' })]).toEqual([1, 1, 1]);
    expect(content.countArticles({ author: 'world-desk' })).toBe(1);
    const old = content.getArticleByPath('/world/2021/11/01/old');
    expect(old?.state).toBe('published');
    expect(content.relatedTo(old!)).toEqual([]);
    expect(content.listArticles().map((a) => a.path)).toEqual(['/world/2021/11/01/old']);
    expect(content.listTags().map((t) => t.tag.slug)).toEqual(['iraq']);
    expect(content.getTag('scheduled-only')).toBeUndefined();
    expect(content.getTag('iraq')).toEqual({ slug: 'iraq', name: 'Iraq' });
    expect(content.listSitemapEntries(0, 10).map((e) => e.path)).toEqual(['/world/2021/11/01/old']);
    expect(content.listLastModified('tag').has('scheduled-only')).toBe(false);
  });
});

describe('in production, once the embargo lifts', () => {
  it('every gateway function has the article, without a rebuild; the draft stays out', async () => {
    const content = await gateway(tree);
    vi.stubEnv('MASTHEAD_NOW', BEFORE);
    expect(ids(content.listArticles())).toEqual(['old']);
    // The same process, a minute later: nothing is rebuilt, the clock moved.
    vi.stubEnv('MASTHEAD_NOW', AFTER);
    expect(ids(content.listArticles())).toEqual(['scheduled', 'old']);
    expect(ids(content.listArticles({ section: 'world' }))).toEqual(['scheduled', 'old']);
    expect(ids(content.listArticles({ tag: 'iraq' }))).toEqual(['scheduled', 'old']);
    expect(ids(content.listArticles({ tag: 'scheduled-only' }))).toEqual(['scheduled']);
    expect(content.getArticleByPath(SCHEDULED_PATH)?.state).toBe('published');
    expect(content.getArticleSummary('scheduled')?.path).toBe(SCHEDULED_PATH);
    expect(content.getArticleByFormerPath(FORMER_PATH)?.path).toBe(SCHEDULED_PATH);
    for (const options of [{}, { section: 'world' }, { section: 'analysis' }, { tag: 'iraq' }, { tag: 'scheduled-only' }, { author: 'world-desk' }, { author: 'night-desk' }]) {
      expect(content.countArticles(options), JSON.stringify(options)).toBe(content.listArticles(options).length);
    }
    expect(content.countArticles({ tag: 'no-such-tag' })).toBe(0);
    expect(ids(content.relatedTo(content.getArticleSummary('old')!))).toEqual(['scheduled']);
    expect(content.getArticleByPath(DRAFT_PATH)).toBeUndefined();
    expect(content.getArticleSummary('draft')).toBeUndefined();
    expect(content.listArticles({ author: 'night-desk' })).toEqual([]);
    expect(content.getTag('draft-only')).toBeUndefined();
    expect(content.listSitemapEntries(0, 10).map((e) => e.path)).toEqual([SCHEDULED_PATH, '/world/2021/11/01/old']);
    expect(content.sitemapPageDates(50_000)).toEqual(['2021-11-07T12:00:00+00:00']);
    expect(content.sitemapPageDates(1)).toEqual(['2021-11-07T12:00:00+00:00', '2021-11-01T09:00:00+00:00']);
  });
});

describe('in next dev', () => {
  it('shows a draft and a scheduled article at their URLs, marked, and lists neither', async () => {
    const content = await gateway(tree, 'dev');
    vi.stubEnv('MASTHEAD_NOW', BEFORE);
    expect(content.getArticleByPath(DRAFT_PATH)).toMatchObject({ id: 'draft', state: 'draft' });
    expect(content.getArticleByPath(SCHEDULED_PATH)).toMatchObject({ id: 'scheduled', state: 'scheduled' });
    expect(ids(content.listArticles())).toEqual(['old']);
    expect(content.getArticleSummary('draft')).toBeUndefined();
  });

  it('explains a broken article at its URL and keeps serving the others', async () => {
    const broken = newsroom({
      old: article('old', '2021-11-01T09:00:00+00:00'),
      broken: article('broken', '2021-11-02T09:00:00+00:00', 'corrections: yes\n', 'A {brace}.'),
    });
    const content = await gateway(broken, 'dev');
    expect(content.getArticleByPath('/world/2021/11/01/old')?.headline).toBe('The old headline');
    expect(content.getArticleByPath('/world/2021/11/02/broken')).toBeUndefined();
    const problems = content.contentProblemsAt('/world/2021/11/02/broken');
    expect(problems?.map((p) => [p.file.split('/').pop(), p.line, p.field])).toEqual([
      ['broken.mdx', 14, 'corrections'],
      ['broken.mdx', 17, 'body'],
    ]);
    expect(content.contentProblemsAt('/world/2021/11/01/old')).toBeUndefined();
  });

  it('still refuses to build the site from a broken tree outside dev: the check writes no store', async () => {
    const broken = newsroom({ broken: article('broken', '2021-11-02T09:00:00+00:00', '', 'A {brace}.') });
    const content = await gateway(broken);
    expect(() => content.listArticles()).toThrow(/No content store at .*\.db\. Build it with `npm run build`\./);
    expect(content.contentProblemsAt('/world/2021/11/02/broken')).toBeUndefined();
  });
});

describe('one store per process', () => {
  it('a server answers from the store it was built with, and every copy of this module shares it', async () => {
    const shared = newsroom({ one: article('one', '2021-11-01T09:00:00+00:00') });
    // Next bundles the module once per kind of route; a fresh import stands for another bundle.
    const first = await gateway(shared);
    first.loadContent();
    const stores: unknown = Reflect.get(globalThis, Symbol.for('masthead.content-store'));
    const opened = stores instanceof Map ? stores.size : 0;
    // Added on disk after the build: a server serves the store it was given, not the tree.
    writeFileSync(path.join(shared, 'articles', 'two.mdx'), article('two', '2021-11-02T09:00:00+00:00'));
    vi.resetModules();
    const second = await import('./index');
    expect(second).not.toBe(first);
    expect(ids(second.listArticles())).toEqual(['one']);
    // No second store opened for the process, whichever copy of the module asks.
    expect(stores).toHaveProperty('size', opened);
    // `next dev` brings its own store up to date with the tree as it starts.
    expect(ids((await gateway(shared, 'dev')).listArticles())).toEqual(['two', 'one']);
  });
});
