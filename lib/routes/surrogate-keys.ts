import { getArticleAtPath, getArticleSummary, getFrontPage, getLiveBlogByPath, getSection, listArticles, type ArticleSummary, type ListOptions } from '../content';
import { FEED_LIMIT } from '../seo/feeds';
import { PAGE_SIZE, requestedPage } from '../site/pagination';
import { cardId, liveBlogPathOf, logoPath, parseArticlePath, siteCardPath } from '../site/paths';
import { answerKeys, editionOf, keyOf, type AnswerContent } from '../site/surrogate-keys';

/**
 * The surrogate keys of the answer at an address (its path, without the query), from the data
 * the page shows, as its controller reads it: the stories on it and the lists it is
 * (lib/site/surrogate-keys.ts names them). Asked by the server guard for each answer Next makes.
 * Undefined for what is no content: build files, images, the icon.
 */

const FEED = /^(?:\/([a-z0-9-]+))?\/(?:feed\.xml|atom\.xml|feed\.json)$/;
const LIST = /^\/(?:(tags|authors)\/)?([a-z0-9-]+)(?:\/page\/(\d+))?$/;
const CARD = /^\/og\/(articles|sections)\/([^/]+)$/;
const SITEMAP = /^\/(?:sitemap\.xml|news-sitemap\.xml|sitemaps\/[^/]+)$/;
/** Answers that show no story: they change with the edition's chrome only. */
const EDITION_ONLY = new Set(['/robots.txt', siteCardPath, logoPath]);
const NOT_CONTENT = /^\/(?:_next|images|api)\/|^\/icon\.svg$/;

const ids = (stories: readonly Pick<ArticleSummary, 'id'>[]) => stories.map((s) => s.id);

function storyKeys(story: ArticleSummary, shown: readonly string[]): AnswerContent {
  return { edition: editionOf(story), stories: [story.id, ...shown] };
}

function articleAnswer(path: string): AnswerContent {
  const found = getArticleAtPath(path);
  if (found && 'page' in found) return storyKeys(found.page.article, [...ids(found.page.related), ...Object.keys(found.page.linked)]);
  if (found && 'live' in found) return storyKeys(found.live.blog, [...ids(found.live.related), ...Object.keys(found.live.linked)]);
  return { lists: [keyOf.misses] };
}

function listAnswer(kind: string | undefined, key: string, n: string | undefined): AnswerContent | undefined {
  const page = requestedPage(n);
  if (page === undefined) return undefined;
  const filter: ListOptions = kind === 'tags' ? { tag: key } : kind === 'authors' ? { author: key } : { section: key };
  if (kind === undefined && !getSection(key)) return undefined;
  const list = kind === 'tags' ? keyOf.tag(key) : kind === 'authors' ? keyOf.author(key) : keyOf.section(key);
  return { lists: [list], stories: ids(listArticles({ ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })) };
}

function contentAt(path: string): AnswerContent | undefined {
  if (path === '/') {
    const front = getFrontPage();
    const shown = [front.lead, ...front.latest, ...front.sections.flatMap((block) => block.articles)].filter((s): s is ArticleSummary => s !== undefined);
    return { lists: [keyOf.front], stories: ids(shown) };
  }
  if (path === '/tags' || path === '/authors') return { lists: [keyOf.indexes] };
  if (EDITION_ONLY.has(path)) return {};
  if (path === '/search') return { lists: [keyOf.search] };
  if (SITEMAP.test(path)) return { lists: [keyOf.sitemaps] };
  const feed = FEED.exec(path);
  if (feed) {
    const section = feed[1];
    return { lists: section ? [keyOf.feeds, keyOf.section(section)] : [keyOf.feeds], stories: ids(listArticles({ ...(section ? { section } : {}), limit: FEED_LIMIT })) };
  }
  const card = CARD.exec(path);
  if (card) {
    const id = cardId(card[2] ?? '') ?? '';
    if (card[1] === 'sections') return { lists: [keyOf.section(id)] };
    const story = getArticleSummary(id);
    return story ? storyKeys(story, []) : { lists: [keyOf.misses] };
  }
  if (parseArticlePath(path)) return articleAnswer(path);
  const blogPath = liveBlogPathOf(path) ?? (path.match(/^(.+)\/(?:feed\.xml|atom\.xml|feed\.json)$/)?.[1] ?? '');
  if (parseArticlePath(blogPath)) {
    const blog = getLiveBlogByPath(blogPath);
    return blog ? storyKeys(blog, []) : { lists: [keyOf.misses] };
  }
  const list = LIST.exec(path);
  if (list) return listAnswer(list[1], list[2] ?? '', list[3]);
  return undefined;
}

/** The keys of the answer at `path` (see above); a miss's when the address names nothing it knows. */
export function surrogateKeysAt(path: string, status: number): string[] | undefined {
  if (NOT_CONTENT.test(path)) return undefined;
  if (status === 404 || status === 410) return answerKeys({ lists: [keyOf.misses] });
  if (status !== 200) return undefined;
  return answerKeys(contentAt(path) ?? { lists: [keyOf.misses] });
}
