import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
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
  return import('./lists');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(() => {
  removeNewsrooms();
});

describe('the pages of the list fronts a build prerenders', () => {
  it('are pages 2 to 5 of each list by default; the rest render on request', async () => {
    const { laterListPages } = await lists();
    expect(laterListPages('section')).toEqual(['2', '3', '4', '5'].map((n) => ({ key: 'world', n })));
    expect(laterListPages('tag')).toEqual(['2', '3', '4', '5'].map((n) => ({ key: 'iraq', n })));
    expect(laterListPages('author')).toEqual(['2', '3', '4', '5'].map((n) => ({ key: 'world-desk', n })));
  });

  it('follow MASTHEAD_PRERENDER_LIST_PAGES', async () => {
    expect((await lists('2')).laterListPages('section')).toEqual([{ key: 'world', n: '2' }]);
    expect((await lists('all')).laterListPages('section').map((p) => p.n)).toEqual(['2', '3', '4', '5', '6', '7']);
    expect((await lists('1')).laterListPages('section')).toEqual([]);
  });

  it('start from every list’s first page', async () => {
    const { listKeys } = await lists();
    expect(listKeys('section')).toEqual(['world', 'analysis']);
    expect(listKeys('tag')).toEqual(['iraq']);
    expect(listKeys('author')).toEqual(['world-desk']);
  });
});

describe('a page of a list front', () => {
  it('shows twenty stories newest first, with the way to the next page', async () => {
    const { listFrontResult } = await lists();
    const result = listFrontResult('section', 'world');
    if (!('props' in result)) throw new Error('no page');
    expect(result.revalidate).toBe(30);
    const props = await result.props;
    expect(props.title).toBe('World');
    expect(props.list.articles.map((a) => a.id).slice(0, 2)).toEqual([`story-${WORLD_STORIES - 1}`, `story-${WORLD_STORIES - 2}`]);
    expect(props.list.articles).toHaveLength(20);
    expect(props.list.window).toMatchObject({ page: 1, pageCount: 7, next: '/world/page/2' });
    expect(props.jsonLd).toBeDefined();
  });

  it('shows the last page short, and its section’s description only on the first', async () => {
    const { listFrontResult } = await lists();
    const last = listFrontResult('section', 'world', '7');
    if (!('props' in last)) throw new Error('no page');
    expect((await last.props).list.articles).toHaveLength(WORLD_STORIES - 6 * 20);
    const analysis = listFrontResult('section', 'analysis');
    if (!('props' in analysis)) throw new Error('no page');
    expect((await analysis.props).intro).toBe('Why it matters.');
  });

  it('sends /page/1 to the list’s own address, for good', async () => {
    const { listFrontResult } = await lists();
    expect(listFrontResult('section', 'world', '1')).toMatchObject({ redirect: { destination: '/world', permanent: true } });
    expect(listFrontResult('tag', 'iraq', '1')).toMatchObject({ redirect: { destination: '/tags/iraq', permanent: true } });
    expect(listFrontResult('author', 'world-desk', '1')).toMatchObject({ redirect: { destination: '/authors/world-desk', permanent: true } });
  });

  it.each([
    ['section', 'world', '8'],
    ['section', 'world', '0'],
    ['section', 'world', '02'],
    ['section', 'world', 'two'],
    ['section', 'world', '-1'],
    ['section', 'no-such-section', undefined],
    ['tag', 'no-such-tag', undefined],
    ['author', 'no-such-desk', '2'],
  ] as const)('is the site’s 404 for %s %s page %s, looked at again in 30 seconds', async (kind, key, page) => {
    const { listFrontResult } = await lists();
    expect(listFrontResult(kind, key, page)).toEqual({ notFound: true, revalidate: 30 });
  });
});
