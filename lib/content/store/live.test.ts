import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { liveBlogFiles, storyFile } from '../../../testing/newsroom';
import { searchDocuments } from '../search/engine';
import { sitemapEntries } from './read-sitemaps';
import { formatProblem } from '../check/problems';
import { memorySource, publicImageResolver } from '../source';
import { dumpStore } from './dump';
import { pageFacts } from './page-facts';
import { checkInMemory } from './run';
import { createTables } from './schema';
import { syncStoreNow } from './sync';

/**
 * Live blogs in the content store: their files checked with the articles, the
 * problems between a blog's files named by file and line, the rows a page
 * reads, and an incremental run leaving what a full one does.
 */

type Tree = Record<string, string>;

const AT = new Date('2021-11-08T00:00:00Z');
const BLOG = 'live/night/index.mdx';
const images = publicImageResolver(path.join(__dirname, '..', '..', '..', 'public'));
const data: Tree = {
  'sections.yaml': '- id: world\n  name: World\n',
  'authors.yaml': '- id: world-desk\n  name: World desk\n  kind: desk\n- id: night-desk\n  name: Night desk\n  kind: desk\n',
};
const base: Tree = {
  ...data,
  'articles/earlier.mdx': storyFile('earlier', '2021-11-06T09:00:00+00:00', { body: 'The day before.' }),
  ...liveBlogFiles('night', { start: '2021-11-07T00:00:00+00:00', updates: 3, closedAt: '2021-11-07T12:00:00+00:00', extra: 'pinned: 2021-11-07T0020-update-2\n' }),
};
const UPDATE = (n: number) => Object.keys(base).find((f) => f.endsWith(`-update-${n}.mdx`)) ?? '';

const check = (tree: Tree) => checkInMemory({ source: memorySource(tree), images, at: AT });
const problems = (tree: Tree) => check(tree).problems.map((p) => `${p.severity} ${formatProblem(p)}`);
const edit = (tree: Tree, file: string, change: (text: string) => string): Tree => ({ ...tree, [file]: change(tree[file] ?? '') });

describe('a live blog in the content store', () => {
  it('is checked with the articles: no problem in a good one', () => {
    const report = check(base);
    expect(report.problems).toEqual([]);
    expect(report.files).toBe(5);
  });

  it('names the file and line of an update outside the coverage window, a repeated id, an unknown author and a pinned id that is no update', () => {
    let tree = edit(base, UPDATE(3), (t) => t.replace('at: 2021-11-07T00:30:00+00:00', 'at: 2021-11-07T13:30:00+00:00').replace('title:', 'id: 2021-11-07T0010-update-1\nauthor: day-desk\ntitle:'));
    tree = { ...tree, [UPDATE(3).replace('0030', '1330')]: tree[UPDATE(3)] ?? '' };
    delete tree[UPDATE(3)];
    tree = edit(tree, BLOG, (t) => t.replace('pinned: 2021-11-07T0020-update-2', 'pinned: what-we-know'));
    const file = `content/${UPDATE(3).replace('0030', '1330')}`;
    expect(problems(tree)).toEqual([
      'error content/live/night/index.mdx:16:1  pinned  no update of this live blog has the id "what-we-know"',
      `error ${file}:2:1  at  is after the coverage closed (closedAt 2021-11-07T12:00:00+00:00)`,
      `error ${file}:3:1  id  "2021-11-07T0010-update-1" is already the id of content/live/night/updates/2021-11-07T0010-update-1.mdx`,
      `error ${file}:4:1  author  unknown author "day-desk" (not in content/authors.yaml)`,
    ]);
  });

  it('refuses an update before coverage starts, an update without its live blog, a file out of place and a folder not named after the id', () => {
    const early = { ...base, 'live/night/updates/2021-11-06T2300-early.mdx': '---\nat: 2021-11-06T23:00:00+00:00\n---\n\nToo soon.\n' };
    expect(problems(early)).toEqual(['error content/live/night/updates/2021-11-06T2300-early.mdx:2:1  at  is before the coverage starts (publishedAt 2021-11-07T00:00:00+00:00)']);
    const orphan = { ...data, 'live/lost/updates/2021-11-07T0100-alone.mdx': '---\nat: 2021-11-07T01:00:00+00:00\n---\n\nAlone.\n', 'live/lost/notes.mdx': 'Notes.\n' };
    expect(problems(orphan)).toEqual([
      'error content/live/lost/notes.mdx:1:1  (file)  is not where a live blog keeps its files: live/<id>/index.mdx for the story, live/<id>/updates/<yyyy-mm-ddThhmm>-<slug>.mdx for each update',
      'error content/live/lost/updates/2021-11-07T0100-alone.mdx:1:1  (file)  belongs to no live blog: content/live/lost/index.mdx is missing (every folder under live/ needs its index.mdx)',
    ]);
    const renamed = Object.fromEntries(Object.entries(base).map(([f, t]) => [f.replace('live/night/', 'live/day/'), t]));
    expect(problems(renamed)).toContain('error content/live/day/index.mdx:2:1  id  is "night" but the folder is live/day/: a live blog\'s folder is named after its id');
  });

  it('checks an update’s body like an article’s: embeds, links and images, on the file’s own lines', () => {
    const tree = edit(base, UPDATE(2), (t) => `${t}\n<Embed url="https://example.org/v/1" caption="c" />\n\n<AlsoRead id="nowhere" />\n\n<Figure src="/images/none.png" alt="a" caption="c" credit="k" />\n`);
    const file = `content/${UPDATE(2)}`;
    expect(problems(tree)).toEqual([
      `error ${file}:8:1  <Embed> url  "example.org" is not a provider that can be embedded (known: YouTube, Vimeo, X (x.com or twitter.com), Instagram, TikTok, Bluesky (bsky.app) and Mastodon); link to it in the text instead`,
      `error ${file}:10:1  <AlsoRead> id  unknown article id "nowhere"`,
      `error ${file}:12:1  <Figure> src  no image at public/images/none.png`,
    ]);
  });

  it('takes its date of modification from its newest update, and its search document from every update', () => {
    const { store } = check(edit(base, UPDATE(3), (t) => t.replace('Update 3 from the desk.', 'The zeppelin was seen over the river.')));
    expect(sitemapEntries(store, 0, 10, { at: AT }).map((e) => [e.path, e.lastmod])).toEqual([
      ['/world/2021/11/07/night', '2021-11-07T00:30:00+00:00'],
      ['/world/2021/11/06/earlier', '2021-11-06T09:00:00+00:00'],
    ]);
    const found = searchDocuments(store.db, 'zeppelin', { at: AT, offset: 0, limit: 10 });
    expect(found.hits.map((h) => h.id)).toEqual(['night']);
  });

  it('shows on cards as live until it closes, with its newest update', () => {
    const { store } = check(base);
    const card = (at: string) => store.listArticles({ limit: 1 }, { at: new Date(at) })[0]?.live;
    expect(card('2021-11-07T00:25:00Z')).toEqual({ status: 'live', closedAt: '2021-11-07T12:00:00+00:00', latestUpdateAt: '2021-11-07T00:20:00+00:00' });
    expect(card('2021-11-07T12:00:00Z')).toEqual({ status: 'ended', closedAt: '2021-11-07T12:00:00+00:00', latestUpdateAt: '2021-11-07T00:30:00+00:00' });
    expect(store.listArticles({}, { at: AT }).find((a) => a.id === 'earlier')?.live).toBeUndefined();
  });
});

describe('what the headers of pages need from the store', () => {
  it('lists the pages carrying embeds, each with its players, and the live blogs still running', () => {
    const youtube = '<Embed url="https://youtu.be/aaaaaaaaaaa" caption="A video" />';
    const vimeo = '<Embed url="https://vimeo.com/76979871" caption="Another video" />';
    const tree: Tree = {
      ...data,
      'articles/earlier.mdx': storyFile('earlier', '2021-11-06T09:00:00+00:00', { body: youtube }),
      'articles/plain.mdx': storyFile('plain', '2021-11-06T10:00:00+00:00'),
      ...liveBlogFiles('night', {
        start: '2021-11-07T00:00:00+00:00',
        updates: 45,
        body: (n) => (n === 3 ? vimeo : n === 44 ? youtube : `Update ${n}.`),
        updateExtra: (n) => (n === 3 ? 'keyEvent: true\n' : ''),
      }),
      ...liveBlogFiles('day', { start: '2021-11-06T00:00:00+00:00', updates: 2, closedAt: '2021-11-06T12:00:00+00:00' }),
    };
    const { store } = check(tree);
    expect(pageFacts(store.db, AT)).toEqual({
      framed: [
        { path: '/world/2021/11/06/earlier', frameSources: ['https://www.youtube-nocookie.com'] },
        { path: '/world/2021/11/07/night/page/1', frameSources: ['https://player.vimeo.com'] },
        { path: '/world/2021/11/07/night', frameSources: ['https://www.youtube-nocookie.com'] },
        // Each update's own page, and the key events' page with the one key event that embeds.
        { path: '/world/2021/11/07/night/updates/2021-11-07T0030-update-3', frameSources: ['https://player.vimeo.com'] },
        { path: '/world/2021/11/07/night/updates/2021-11-07T0720-update-44', frameSources: ['https://www.youtube-nocookie.com'] },
        { path: '/world/2021/11/07/night/key-events', frameSources: ['https://player.vimeo.com'] },
      ],
      // An open live blog's own address and its key events change with every update.
      live: ['/world/2021/11/07/night', '/world/2021/11/07/night/key-events'],
    });
  });
});

describe('an incremental run over live blogs equals a full run', () => {
  function expectSame(from: Tree, to: Tree) {
    const db = new Database(':memory:');
    createTables(db);
    syncStoreNow(db, { source: memorySource(from), images, at: AT });
    const report = syncStoreNow(db, { source: memorySource(to), images, at: AT });
    const scratch = check(to);
    expect(report.problems).toEqual(scratch.problems);
    expect(dumpStore(db)).toEqual(dumpStore(scratch.store.db));
    expect(searchDocuments(db, 'desk', { at: AT, offset: 0, limit: 10 })).toEqual(searchDocuments(scratch.store.db, 'desk', { at: AT, offset: 0, limit: 10 }));
    return report;
  }

  it('when an update is added, changed or removed, and when the live blog closes earlier', () => {
    const added = { ...base, 'live/night/updates/2021-11-07T0040-late.mdx': '---\nat: 2021-11-07T00:40:00+00:00\n---\n\nA late desk note.\n' };
    expect(expectSame(base, added).checked).toBe(1);
    expectSame(added, edit(added, UPDATE(1), (t) => t.replace('from the desk', 'from the night desk')));
    const removed = { ...base };
    delete removed[UPDATE(2)];
    expectSame(base, removed);
    expectSame(base, edit(base, BLOG, (t) => t.replace('closedAt: 2021-11-07T12:00:00+00:00', 'closedAt: 2021-11-07T00:25:00+00:00')));
  });
});
