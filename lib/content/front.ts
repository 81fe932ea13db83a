import type { ArticleSummary } from './check/article';
import type { FrontConfig } from './check/front-config';
import type { Section } from './check/schema';
import { RELATED_LIMIT } from './related';
import type { ContentStore, View } from './store/read';

/** Stories in the front's "Latest" list, after the lead. */
const LATEST_COUNT = 6;
/** Stories in each section's row, at most. */
const SECTION_BLOCK_COUNT = 3;

export interface SectionBlock {
  section: Section;
  /** One to SECTION_BLOCK_COUNT stories: a section with nothing left to show has no row. */
  articles: ArticleSummary[];
}

export interface FrontPage {
  lead?: ArticleSummary;
  latest: ArticleSummary[];
  sections: SectionBlock[];
}

/**
 * The stories a page shows, by address, in the order a reader meets them: each list on a page
 * takes only stories not already on it, so a story appears once per page. The front's lists
 * take from it in turn, and the footer's "Latest" list takes what the page left
 * (lib/pages/document.ts).
 */
export class StoriesOnPage {
  private readonly paths: Set<string>;

  constructor(shown: Iterable<string> = []) {
    this.paths = new Set(shown);
  }

  /** The first `count` of `candidates` not on the page yet, which are on it from now on. */
  take<T extends Pick<ArticleSummary, 'path'>>(candidates: readonly T[], count: number): T[] {
    const taken: T[] = [];
    for (const story of candidates) {
      if (taken.length === count) break;
      if (this.paths.has(story.path)) continue;
      this.paths.add(story.path);
      taken.push(story);
    }
    return taken;
  }
}

/**
 * An article's related stories: RELATED_LIMIT of `ranked` (which gives the best `limit`), none
 * of them the article or a story its body already links to in an "Also read".
 */
export function relatedBeside(
  article: Pick<ArticleSummary, 'path'>,
  linked: Record<string, Pick<ArticleSummary, 'path'>>,
  ranked: (limit: number) => ArticleSummary[],
): ArticleSummary[] {
  const links = Object.values(linked).map((l) => l.path);
  return new StoriesOnPage([article.path, ...links]).take(ranked(RELATED_LIMIT + links.length), RELATED_LIMIT);
}

/**
 * The front page's running order: the editors' lead (or the newest story), "Latest" (their
 * pinned stories, then the newest), then a row per section of its newest stories not already
 * above. A section whose stories are all above has no row.
 */
export function composeFront(newestFirst: readonly ArticleSummary[], sections: readonly Section[], config: FrontConfig): FrontPage {
  const byId = new Map(newestFirst.map((a) => [a.id, a]));
  const page = new StoriesOnPage();
  const [lead] = page.take([...(config.lead ? [byId.get(config.lead)].filter((a) => a !== undefined) : []), ...newestFirst], 1);
  const pinned = config.pinned.map((id) => byId.get(id)).filter((a) => a !== undefined);
  const latest = page.take([...pinned, ...newestFirst], LATEST_COUNT);
  const rows = sections.map((section) => ({
    section,
    articles: page.take(
      newestFirst.filter((a) => a.section.id === section.id),
      SECTION_BLOCK_COUNT,
    ),
  }));
  return { lead, latest, sections: rows.filter((row) => row.articles.length > 0) };
}

/**
 * The front page from the few stories it can show: the editors' lead and pinned stories, the
 * newest (enough for "Latest" whatever is pinned) and enough of each section's newest to fill
 * its row whatever "Latest" took. composeFront picks from them exactly as it would from the
 * whole archive.
 */
export function frontPageFrom(store: ContentStore, view: View): FrontPage {
  const config = store.frontConfig();
  const sections = store.sections();
  const byId = new Map<string, ArticleSummary>();
  const add = (a: ArticleSummary | undefined) => {
    if (a) byId.set(a.id, a);
  };
  const above = 1 + config.pinned.length + LATEST_COUNT;
  for (const id of [config.lead, ...config.pinned]) if (id) add(store.summaryById(id, view));
  for (const a of store.listArticles({ limit: above }, view)) add(a);
  for (const section of sections) for (const a of store.listArticles({ section: section.id, limit: above + SECTION_BLOCK_COUNT }, view)) add(a);
  const newestFirst = [...byId.values()].sort((x, y) => Date.parse(y.publishedAt) - Date.parse(x.publishedAt) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return composeFront(newestFirst, sections, config);
}
