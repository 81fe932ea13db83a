import { describe, expect, it, vi } from 'vitest';
import { serveNewsroom, servingNewsrooms, storyFile, writeNewsroom } from '../../testing/newsroom';
import { parseArticlePath } from '../site/paths';

/**
 * The article route's controller (pages/[section]/[year]/[month]/[day]/[slug].tsx asks it for
 * its props): what it answers for an article, an unknown address, a former address and, in
 * `next dev`, an article with errors. Against a small newsroom on disk; expected values are
 * the newsroom's own, written out.
 */

const NOW = '2021-11-09T12:00:00Z';

const article = (id: string, publishedAt: string, extra = '', body = 'Body.') => storyFile(id, publishedAt, { extra, body });
const newsroom = (articles: Record<string, string>) => writeNewsroom(articles);

const tree = newsroom({
  lead: article(
    'lead',
    '2021-11-08T09:00:00+00:00',
    'redirectFrom: [/world/2021/11/07/lead-first-version]\n',
    'First paragraph.\n\n<AlsoRead id="earlier" />\n\n<Figure src="/images/green-zone-map.png" alt="A map of the zone" caption="The zone" credit="Fixture graphics" />\n',
  ),
  earlier: article('earlier', '2021-11-01T09:00:00+00:00'),
  later: article('later', '2021-11-10T09:00:00+00:00'),
});

const params = (sitePath: string) => {
  const parsed = parseArticlePath(sitePath);
  if (!parsed) throw new Error(`not an article address: ${sitePath}`);
  return parsed;
};

async function controller(root: string, mode: 'server' | 'dev' = 'server') {
  await serveNewsroom(root, mode);
  vi.stubEnv('MASTHEAD_NOW', NOW);
  const { articlePageProps, articlePaths } = await import('./article');
  /** What the route answers for the params Next gives it. */
  const articleRouteResult = (routeParams: ReturnType<typeof params> | undefined) => articlePageProps({ params: routeParams });
  const articleStaticPaths = () => articlePaths().paths;
  return { articleRouteResult, articleStaticPaths };
}

servingNewsrooms();

describe('the article route', () => {
  it('gives a published article everything its page shows, to be rendered again every 30 seconds', async () => {
    const { articleRouteResult } = await controller(tree);
    const result = articleRouteResult(params('/world/2021/11/08/lead'));
    expect('revalidate' in result && result.revalidate).toBe(30);
    if (!('props' in result) || !('data' in result.props.content)) throw new Error(`expected page props, got ${JSON.stringify(result)}`);
    const { content, chrome } = result.props;
    const { data } = content;
    expect(data.article).toMatchObject({ id: 'lead', headline: 'The lead headline', state: 'published', path: '/world/2021/11/08/lead' });
    expect(data.url).toBe('http://localhost:3000/world/2021/11/08/lead');
    expect(data.linked).toEqual({ earlier: { headline: 'The earlier headline', path: '/world/2021/11/01/earlier' } });
    expect(data.images).toEqual({ '/images/green-zone-map.png': { width: 1200, height: 800 } });
    // The only other published story is linked in the body already, so it is not offered again;
    // the scheduled one is not offered yet.
    expect(data.related).toEqual([]);
    expect(data.jsonLd.map((ld) => Reflect.get(ld, '@type'))).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(chrome.sections.map((s) => s.id)).toEqual(['world']);
    // The footer's latest stories leave out the two the page shows: nothing is left.
    expect(chrome.latest).toEqual([]);
    expect(chrome.head).toContainEqual({ tag: 'title', attributes: {}, text: 'The lead headline · Masthead' });
    expect(chrome.head).toContainEqual({ tag: 'link', attributes: { rel: 'canonical', href: 'http://localhost:3000/world/2021/11/08/lead' } });
    // Page props travel as JSON: no source positions, nothing undefined.
    expect(JSON.stringify(data.article.body)).not.toContain('"position"');
  });

  it('answers an unknown address, and a story not yet published, with the site’s 404, checked again after 30 seconds', async () => {
    const { articleRouteResult } = await controller(tree);
    for (const sitePath of ['/world/2021/11/08/no-such-story', '/world/2021/11/10/later', '/elsewhere/2021/11/08/lead']) {
      expect(articleRouteResult(params(sitePath)), sitePath).toEqual({ notFound: true, revalidate: 30 });
    }
    expect(articleRouteResult(undefined)).toEqual({ notFound: true, revalidate: 30 });
  });

  it('sends a former address to the article’s current one with a permanent redirect', async () => {
    const { articleRouteResult } = await controller(tree);
    expect(articleRouteResult(params('/world/2021/11/07/lead-first-version'))).toEqual({
      redirect: { destination: '/world/2021/11/08/lead', permanent: true },
      revalidate: 30,
    });
  });

  it('prerenders the newest articles at build, as many as MASTHEAD_PRERENDER_ARTICLES says', async () => {
    const { articleStaticPaths } = await controller(tree);
    vi.stubEnv('MASTHEAD_PRERENDER_ARTICLES', '1');
    expect(articleStaticPaths()).toEqual([{ params: params('/world/2021/11/08/lead') }]);
    vi.stubEnv('MASTHEAD_PRERENDER_ARTICLES', 'all');
    expect(articleStaticPaths()).toHaveLength(2);
  });
});

describe('the article route in next dev', () => {
  const broken = newsroom({
    fine: article('fine', '2021-11-01T09:00:00+00:00'),
    broken: article('broken', '2021-11-02T09:00:00+00:00', 'corrections: yes\n', 'A {brace}.'),
  });

  it('shows an article’s problems at its address, and previews a scheduled story unindexed', async () => {
    const { articleRouteResult } = await controller(broken, 'dev');
    const result = articleRouteResult(params('/world/2021/11/02/broken'));
    if (!('props' in result) || !('problems' in result.props.content)) throw new Error(`expected problems, got ${JSON.stringify(result)}`);
    expect(result.props.content.problems.map((p) => [p.file.split('/').pop(), p.line, p.field])).toEqual([
      ['broken.mdx', 14, 'corrections'],
      ['broken.mdx', 17, 'body'],
    ]);
    expect(result.props.chrome.head).toContainEqual({ tag: 'meta', attributes: { name: 'robots', content: 'noindex, follow' } });

    const { articleRouteResult: devRoute } = await controller(tree, 'dev');
    const preview = devRoute(params('/world/2021/11/10/later'));
    if (!('props' in preview) || !('data' in preview.props.content)) throw new Error(`expected a preview, got ${JSON.stringify(preview)}`);
    expect(preview.props.content.data.article.state).toBe('scheduled');
    expect(preview.props.chrome.head).toContainEqual({ tag: 'meta', attributes: { name: 'robots', content: 'noindex, nofollow' } });
  });

  it('never shows problems outside dev, where content with errors is never built', async () => {
    const { articleRouteResult } = await controller(newsroom({ fine: article('fine', '2021-11-01T09:00:00+00:00') }));
    expect(articleRouteResult(params('/world/2021/11/02/broken'))).toEqual({ notFound: true, revalidate: 30 });
  });
});
