import { afterAll, describe, expect, it, vi } from 'vitest';
import { removeNewsrooms, serveNewsroom, storyFile, writeNewsroom } from '../../testing/newsroom';

/**
 * The list fronts against a newsroom on disk with one long section: 130 stories in World,
 * seven pages of twenty, and one story in Analysis.
 */

const WORLD_STORIES = 130;

/** An hour apart from the first hour of 2021, so the order is the order of creation. */
function hoursAfterNewYear(hours: number): string {
  return new Date(Date.UTC(2021, 0, 1) + hours * 3_600_000).toISOString().replace('.000Z', '+00:00');
}

const root = writeNewsroom(
  {
    ...Object.fromEntries(
      Array.from({ length: WORLD_STORIES }, (_, i) => [`story-${i}`, storyFile(`story-${i}`, hoursAfterNewYear(i))]),
    ),
    'lone-analysis': storyFile('lone-analysis', hoursAfterNewYear(0), { section: 'analysis' }),
  },
  { sections: '- id: world\n  name: World\n- id: analysis\n  name: Analysis\n  description: Why it matters.\n' },
);

async function lists(prerenderListPages?: string) {
  await serveNewsroom(root);
  if (prerenderListPages !== undefined) vi.stubEnv('MASTHEAD_PRERENDER_LIST_PAGES', prerenderListPages);
  const controller = await import('./lists');
  /** The params of pages 2 and on that a build prerenders, as the …/page/[n] routes get them. */
  const laterListPages = (kind: 'section' | 'tag' | 'author') => controller.listFrontPaths(kind, 'later')().paths.map((p) => p.params);
  /** A page of a list front, with the params its route gets: the key under the route's own name, and `n` on later pages. */
  const listFrontResult = (kind: 'section' | 'tag' | 'author', key: string, n?: string) =>
    controller.listFrontProps(kind)({ params: { [{ section: 'section', tag: 'tag', author: 'id' }[kind]]: key, ...(n === undefined ? {} : { n }) } });
  return { ...controller, laterListPages, listFrontResult };
}

afterAll(() => {
  removeNewsrooms();
});

describe('the pages of the list fronts a build prerenders', () => {
  it('are pages 2 to 5 of each list by default; the rest render on request', async () => {
    const { laterListPages } = await lists();
    expect(laterListPages('section')).toEqual(['2', '3', '4', '5'].map((n) => ({ section: 'world', n })));
    expect(laterListPages('tag')).toEqual(['2', '3', '4', '5'].map((n) => ({ tag: 'iraq', n })));
    expect(laterListPages('author')).toEqual(['2', '3', '4', '5'].map((n) => ({ id: 'world-desk', n })));
  });

  it('follow MASTHEAD_PRERENDER_LIST_PAGES', async () => {
    expect((await lists('2')).laterListPages('section')).toEqual([{ section: 'world', n: '2' }]);
    expect((await lists('all')).laterListPages('section').map((p) => p.n)).toEqual(['2', '3', '4', '5', '6', '7']);
    expect((await lists('1')).laterListPages('section')).toEqual([]);
  });

  it('start from every list’s first page', async () => {
    const { listFrontPaths } = await lists();
    expect(listFrontPaths('section', 'first')()).toEqual({ paths: [{ params: { section: 'world' } }, { params: { section: 'analysis' } }], fallback: 'blocking' });
    expect(listFrontPaths('tag', 'first')().paths).toEqual([{ params: { tag: 'iraq' } }]);
    expect(listFrontPaths('author', 'first')().paths).toEqual([{ params: { id: 'world-desk' } }]);
  });
});

describe('a page of a list front', () => {
  it('shows twenty stories newest first, with the way to the next page', async () => {
    const { listFrontResult } = await lists();
    const result = listFrontResult('section', 'world');
    if (!('props' in result)) throw new Error('no page');
    expect(result.revalidate).toBe(30);
    const { content } = await result.props;
    expect(content.title).toBe('World');
    expect(content.articles.map((a) => a.id).slice(0, 2)).toEqual([`story-${WORLD_STORIES - 1}`, `story-${WORLD_STORIES - 2}`]);
    expect(content.articles).toHaveLength(20);
    expect(content.window).toMatchObject({ page: 1, pageCount: 7, next: '/world/page/2' });
    expect(content.jsonLd).toBeDefined();
  });

  it('shows the last page short, and its section’s description only on the first', async () => {
    const { listFrontResult } = await lists();
    const last = listFrontResult('section', 'world', '7');
    if (!('props' in last)) throw new Error('no page');
    expect((await last.props).content.articles).toHaveLength(WORLD_STORIES - 6 * 20);
    const analysis = listFrontResult('section', 'analysis');
    if (!('props' in analysis)) throw new Error('no page');
    expect((await analysis.props).content.intro).toBe('Why it matters.');
  });

  it('sends /page/1 to the list’s own address, for good', async () => {
    const { listFrontResult } = await lists();
    expect(listFrontResult('section', 'world', '1')).toMatchObject({ redirect: { destination: '/world', permanent: true } });
    expect(listFrontResult('tag', 'iraq', '1')).toMatchObject({ redirect: { destination: '/tags/iraq', permanent: true } });
    expect(listFrontResult('author', 'world-desk', '1')).toMatchObject({ redirect: { destination: '/authors/world-desk', permanent: true } });
  });

  it.each(['8', '0', '02', 'two', '-1'])('is the site’s 404 for page %s of a list, looked at again in 30 seconds', async (page) => {
    const { listFrontResult } = await lists();
    expect(listFrontResult('section', 'world', page)).toEqual({ notFound: true, revalidate: 30 });
  });

  it('is the site’s 404 for a section, topic or desk there is none of', async () => {
    const { listFrontResult } = await lists();
    for (const [kind, key] of [['section', 'no-such-section'], ['tag', 'no-such-tag'], ['author', 'no-such-desk']] as const) {
      expect(listFrontResult(kind, key), `${kind} ${key}`).toEqual({ notFound: true, revalidate: 30 });
    }
    expect(listFrontResult('author', 'no-such-desk', '2')).toEqual({ notFound: true, revalidate: 30 });
  });
});
