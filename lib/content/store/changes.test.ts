import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addressesToRegenerate, invalidatedKeys } from '../../site/surrogate-keys';
import { directorySource, publicImageResolver } from '../source';
import { storeChanges } from './changes';
import { checkIntoStore } from './run';
import { liveBlogFiles, removeNewsrooms, storyFile, writeNewsroom, type NewsroomOptions } from '../../../testing/newsroom';

/**
 * What a publish invalidates, from two stores of a small newsroom written for each case: the one
 * servers answered from, and the one published over it. Expected keys and addresses are written
 * out from the files below.
 */

afterAll(removeNewsrooms);

const AT = new Date('2021-11-09T12:00:00Z');
const sections = '- id: world\n  name: World\n- id: business\n  name: Business\n';
const authors = '- id: world-desk\n  name: World desk\n  kind: desk\n- id: business-desk\n  name: Business desk\n  kind: desk\n';
const base = {
  quiet: storyFile('quiet', '2021-11-07T09:00:00+00:00', { tags: ['Oil'] }),
  moved: storyFile('moved', '2021-11-08T09:00:00+00:00', { tags: ['Iraq'] }),
};
const blog = (updates: number, body?: (n: number) => string) => liveBlogFiles('vote-live', { start: '2021-11-09T08:00:00+00:00', updates, ...(body ? { body } : {}) });

let made = 0;
async function store(articles: Record<string, string>, options: NewsroomOptions = {}): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-changes-'));
  const file = path.join(dir, `${(made += 1)}.db`);
  const result = await checkIntoStore({ file, full: true, source: directorySource(writeNewsroom(articles, { sections, authors, ...options })), images: publicImageResolver(path.join(process.cwd(), 'public')) });
  expect(result.written, JSON.stringify(result.problems)).toBe(true);
  return file;
}

async function publishing(before: Record<string, string>, after: Record<string, string>, options: { before?: NewsroomOptions; after?: NewsroomOptions } = {}) {
  const changes = storeChanges(await store(before, options.before), await store(after, options.after), AT);
  return { changes, keys: invalidatedKeys(changes.stories).sort(), paths: addressesToRegenerate(changes.stories).sort() };
}

describe('what a publish of a generated newsroom invalidates', () => {
  it('a corrected standfirst touches what shows the story, not the lists it stays in', async () => {
    const { changes, keys, paths } = await publishing(base, { ...base, quiet: base.quiet.replace('The quiet standfirst.', 'The quiet standfirst, corrected.') });
    expect(changes.siteWide).toBe(false);
    expect(keys).toEqual(['article:quiet', 'search', 'sitemaps']);
    expect(paths).toEqual(['/news-sitemap.xml', '/og/articles/quiet.png', '/sitemap.xml', '/world/2021/11/07/quiet']);
  });

  it('a story moved to another section touches both sections, the front, feeds and both addresses', async () => {
    const moved = storyFile('moved', '2021-11-08T09:00:00+00:00', { section: 'business', tags: ['Iraq'] });
    const { keys, paths } = await publishing(base, { ...base, moved: moved.replace('---\n\n', 'redirectFrom: [/world/2021/11/08/moved]\n---\n\n') });
    expect(keys).toEqual(['article:moved', 'author:world-desk', 'feeds', 'front', 'indexes', 'misses', 'search', 'section:business', 'section:world', 'sitemaps', 'tag:iraq']);
    expect(paths).toEqual(
      [
        '/',
        '/atom.xml',
        '/authors',
        '/authors/world-desk',
        '/business',
        '/business/2021/11/08/moved',
        '/business/atom.xml',
        '/business/feed.json',
        '/business/feed.xml',
        '/feed.json',
        '/feed.xml',
        '/news-sitemap.xml',
        '/og/articles/moved.png',
        '/og/sections/business.png',
        '/og/sections/world.png',
        '/sitemap.xml',
        '/tags',
        '/tags/iraq',
        '/world',
        '/world/2021/11/08/moved',
        '/world/atom.xml',
        '/world/feed.json',
        '/world/feed.xml',
      ].sort(),
    );
  });

  it('changed tags touch the tags it left and the tags it joined', async () => {
    const { keys } = await publishing(base, { ...base, quiet: storyFile('quiet', '2021-11-07T09:00:00+00:00', { tags: ['Gas'] }) });
    expect(keys.filter((key) => key.startsWith('tag:'))).toEqual(['tag:gas', 'tag:oil']);
    expect(keys).toContain('section:world');
  });

  it('an update added to a live blog touches the blog, its key events, feeds and the new update’s page', async () => {
    const { changes, keys, paths } = await publishing(base, base, { before: { files: blog(2) }, after: { files: blog(3) } });
    expect(changes.stories).toHaveLength(1);
    expect(changes.stories[0]?.updates).toEqual(['2021-11-09T0830-update-3']);
    expect(keys).toEqual(['article:vote-live', 'search', 'sitemaps']);
    expect(paths).toEqual(
      [
        '/news-sitemap.xml',
        '/og/articles/vote-live.png',
        '/sitemap.xml',
        '/world/2021/11/09/vote-live',
        '/world/2021/11/09/vote-live/atom.xml',
        '/world/2021/11/09/vote-live/feed.json',
        '/world/2021/11/09/vote-live/feed.xml',
        '/world/2021/11/09/vote-live/key-events',
        '/world/2021/11/09/vote-live/updates/2021-11-09T0830-update-3',
      ].sort(),
    );
  });

  it('a new story and a draft: the one joins every list it is in, the other touches nothing readers see', async () => {
    const fresh = { ...base, fresh: storyFile('fresh', '2021-11-09T10:00:00+00:00', { section: 'business', authors: ['business-desk'], tags: ['Oil'] }) };
    const added = await publishing(base, fresh);
    expect(added.keys).toEqual(['article:fresh', 'author:business-desk', 'feeds', 'front', 'indexes', 'misses', 'search', 'section:business', 'sitemaps', 'tag:oil']);
    const draft = await publishing(base, { ...base, later: storyFile('later', '2021-11-09T10:00:00+00:00', { extra: 'draft: true\n' }) });
    expect(draft.changes.stories).toHaveLength(1);
    expect(draft.keys).toEqual([]);
    expect(draft.paths).toEqual([]);
  });

  it('a change to the sections is site-wide', async () => {
    const { changes } = await publishing(base, base, { after: { sections: `${sections}  description: Markets and money.\n` } });
    expect(changes.stories).toEqual([]);
    expect(changes.siteWide).toBe(true);
  });
});
