import type { GetStaticPropsResult } from 'next';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleRouteProps } from './article';
import type { LivePageProps } from './live';
import { liveBlogFiles, serveNewsroom, servingNewsrooms, storyFile, writeNewsroom } from '../../testing/newsroom';

/**
 * The live blog's routes (its address through the article route, `/page/{n}`, `/updates/{id}`)
 * and the gateway functions they ask, against a newsroom on disk with a live blog of 45
 * updates, ten minutes apart from 00:10, the last one (07:30) still ahead of the clock (07:25).
 * Expected values are the newsroom's own, written out.
 */

const NOW = '2021-11-07T07:25:00Z';
const BLOG = '/world/2021/11/07/night';

const tree = writeNewsroom(
  { earlier: storyFile('earlier', '2021-11-06T09:00:00+00:00', { body: 'The day before.\n\n<AlsoRead id="night" />' }) },
  {
    files: liveBlogFiles('night', {
      start: '2021-11-07T00:00:00+00:00',
      updates: 45,
      extra: 'pinned: 2021-11-07T0020-update-2\n',
      body: (n) => (n === 3 ? 'Update 3, with a link.\n\n<AlsoRead id="earlier" />' : `Update ${n} from the desk.`),
      // Every tenth update is a key event; the 45th is still ahead of the clock.
      updateExtra: (n) => (n % 10 === 5 ? 'keyEvent: true\n' : ''),
    }),
  },
);

const params = (sitePath: string) => {
  const [, section = '', year = '', month = '', day = '', slug = ''] = sitePath.split('/');
  return { section, year, month, day, slug };
};

async function routes() {
  await serveNewsroom(tree);
  vi.stubEnv('MASTHEAD_NOW', NOW);
  return { ...(await import('./live')), ...(await import('./article')), content: await import('../content') };
}

servingNewsrooms();

function pageOf(result: GetStaticPropsResult<ArticleRouteProps>) {
  if (!('props' in result) || !('live' in result.props.content)) throw new Error(`expected a live page, got ${JSON.stringify(result).slice(0, 200)}`);
  return { chrome: result.props.chrome, live: result.props.content.live };
}

function olderPageOf(result: GetStaticPropsResult<LivePageProps>) {
  if (!('props' in result)) throw new Error(`expected a live page, got ${JSON.stringify(result).slice(0, 200)}`);
  return { live: result.props.content };
}

describe('a live blog at its own address', () => {
  it('is what the article route answers there, with the newest updates, the pinned one and what the poller asks', async () => {
    const { articlePageProps } = await routes();
    const result = articlePageProps({ params: params(BLOG) });
    expect('revalidate' in result && result.revalidate).toBe(30);
    const { live } = pageOf(result);
    // 44 updates are out by 07:25: chunks 3 (4 updates) and 2 (20) are shown here.
    expect(live.blog.updateCount).toBe(44);
    expect(live.updates.map((u) => u.title)).toEqual(Array.from({ length: 24 }, (_, i) => `Update ${44 - i}`));
    expect(live.updates[0]?.body.type).toBe('root');
    expect(live.pinned?.id).toBe('2021-11-07T0020-update-2');
    expect(live.status).toBe('live');
    expect(live.poll).toEqual({ feed: `${BLOG}/feed.json`, latest: '2021-11-07T07:20:00+00:00' });
    expect(live.links).toEqual({ older: `${BLOG}/page/1` });
    expect(live.blog.keyPoints).toEqual(['The first point.', 'The second point.']);
    expect(live.linked).toEqual({});
    expect(live.jsonLd[0]).toMatchObject({ '@type': 'LiveBlogPosting', coverageStartTime: '2021-11-07T00:00:00+00:00', dateModified: '2021-11-07T07:20:00+00:00' });
  });

  it('names its own feeds first in the head', async () => {
    const { articlePageProps } = await routes();
    const { chrome } = pageOf(articlePageProps({ params: params(BLOG) }));
    const feeds = chrome.head.filter((t) => t.attributes.rel === 'alternate').map((t) => t.attributes.href);
    expect(feeds[0]).toBe(`http://localhost:3000${BLOG}/feed.xml`);
  });
});

describe('an older page', () => {
  it('shows its twenty updates, newest first, links its neighbours by number and resolves its bodies’ links', async () => {
    const { olderPageProps } = await routes();
    const { live } = olderPageOf(olderPageProps({ params: { ...params(BLOG), n: '1' } }));
    expect(live.updates.map((u) => u.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Update ${20 - i}`));
    expect(live.pinned).toBeUndefined();
    expect(live.poll).toBeUndefined();
    expect(live.links).toEqual({ latest: BLOG, newer: `${BLOG}/page/2` });
    expect(live.span).toEqual({ from: '2021-11-07T00:10:00+00:00', to: '2021-11-07T03:20:00+00:00' });
    expect(live.linked).toEqual({ earlier: { headline: 'The earlier headline', path: '/world/2021/11/06/earlier' } });
  });

  it('sends a page still shown at the live blog’s address there, for now, and is not found past the end or by another name', async () => {
    const { olderPageProps } = await routes();
    expect(olderPageProps({ params: { ...params(BLOG), n: '2' } })).toEqual({ redirect: { destination: BLOG, permanent: false }, revalidate: 30 });
    for (const n of ['4', '0', '01', '1.0', 'x', '']) expect(olderPageProps({ params: { ...params(BLOG), n } }), n).toEqual({ notFound: true, revalidate: 30 });
    expect(olderPageProps({ params: { ...params('/world/2021/11/06/earlier'), n: '1' } })).toEqual({ notFound: true, revalidate: 30 });
  });
});

describe('an update’s own page', () => {
  it('shows the update alone under the live blog’s head, points search engines at the live blog and shares as the update', async () => {
    const { updatePageProps } = await routes();
    const result = updatePageProps({ params: { ...params(BLOG), id: '2021-11-07T0010-update-1' } });
    if (!('props' in result)) throw new Error('expected a page');
    const { content: live, chrome } = result.props;
    expect(live.page).toEqual({ update: '2021-11-07T0010-update-1', on: 1 });
    expect(live.updates.map((u) => u.title)).toEqual(['Update 1']);
    expect(live.url).toBe(`http://localhost:3000${BLOG}/updates/2021-11-07T0010-update-1`);
    // Its place among the rest: the older page that holds it, at its anchor.
    expect(live.links).toEqual({ latest: BLOG });
    const tag = (name: string) => chrome.head.find((t) => t.attributes.rel === name || t.attributes.property === name)?.attributes;
    expect(tag('canonical')?.href).toBe(`http://localhost:3000${BLOG}`);
    expect(tag('og:url')?.content).toBe(`http://localhost:3000${BLOG}/updates/2021-11-07T0010-update-1`);
    expect(tag('og:title')?.content).toBe('Update 1 · The night headline – live');
  });

  it('is not found for an unknown update, or one whose time has not come', async () => {
    const { updatePageProps } = await routes();
    for (const id of ['nope', '2021-11-07T0730-update-45']) expect(updatePageProps({ params: { ...params(BLOG), id } })).toEqual({ notFound: true, revalidate: 30 });
  });
});

describe('the key events', () => {
  it('are listed on every page, newest first, each linked to its anchor when on the page and to its own page when not', async () => {
    const { articlePageProps } = await routes();
    const { live } = pageOf(articlePageProps({ params: params(BLOG) }));
    expect(live.keyEvents.map((u) => u.title)).toEqual(['Update 35', 'Update 25', 'Update 15', 'Update 5']);
    expect(live.updateLinks['2021-11-07T0550-update-35']).toBe('#update-2021-11-07T0550-update-35');
    expect(live.updateLinks['2021-11-07T0050-update-5']).toBe(`${BLOG}/updates/2021-11-07T0050-update-5`);
    expect(live.updates.find((u) => u.title === 'Update 35')?.keyEvent).toBe(true);
    expect(live.updates.find((u) => u.title === 'Update 34')?.keyEvent).toBeUndefined();
  });

  it('have a page of their own, each whole, that search engines are sent from to the live blog', async () => {
    const { keyEventsPageProps } = await routes();
    const result = keyEventsPageProps({ params: params(BLOG) });
    if (!('props' in result)) throw new Error('expected a page');
    expect(result.props.content.updates.map((u) => u.title)).toEqual(['Update 35', 'Update 25', 'Update 15', 'Update 5']);
    expect(result.props.content.updates[0]?.body.type).toBe('root');
    expect(result.props.chrome.head.find((t) => t.attributes.rel === 'canonical')?.attributes.href).toBe(`http://localhost:3000${BLOG}`);
    expect(keyEventsPageProps({ params: params('/world/2021/11/06/earlier') })).toEqual({ notFound: true, revalidate: 30 });
  });
});

describe('the gateway’s live blog functions', () => {
  it('answer nothing for an article, and the newest updates for feeds, newest first', async () => {
    const { content } = await routes();
    expect(content.getLiveBlogByPath('/world/2021/11/06/earlier')).toBeUndefined();
    const blog = content.getLiveBlogByPath(BLOG);
    if (!blog) throw new Error('no live blog');
    expect(content.listLiveFeedUpdates(blog, 3).map((u) => u.at)).toEqual(['2021-11-07T07:20:00+00:00', '2021-11-07T07:10:00+00:00', '2021-11-07T07:00:00+00:00']);
    expect(content.getLiveUpdateLocation(blog, '2021-11-07T0330-update-21')).toBe('latest');
    expect(content.getLiveUpdateLocation(blog, '2021-11-07T0320-update-20')).toBe(1);
  });

  it('list a live blog while it is updated within the window, and its card says LIVE with its newest update', async () => {
    const { content } = await routes();
    expect(content.listFreshLiveBlogs(new Date('2021-11-07T07:00:00Z'), 10).map((a) => a.id)).toEqual(['night']);
    expect(content.listFreshLiveBlogs(new Date('2021-11-07T07:20:00Z'), 10)).toEqual([]);
    expect(content.listArticles({ limit: 1 })[0]?.live).toEqual({ status: 'live', latestUpdateAt: '2021-11-07T07:20:00+00:00' });
  });
});
