import type { ArticleSummary } from './check/article';
import type { FrontConfig } from './check/front-config';
import type { Section } from './check/schema';
import type { ContentStore, View } from './store/read';

/** Stories in the front's "Latest" list, after the lead. */
const LATEST_COUNT = 6;
/** Stories in each section's block. */
const SECTION_BLOCK_COUNT = 3;

export interface SectionBlock {
  section: Section;
  articles: ArticleSummary[];
}

export interface FrontPage {
  lead?: ArticleSummary;
  latest: ArticleSummary[];
  sections: SectionBlock[];
}

/**
 * The front page's running order: the editors' lead (or the newest story),
 * their pinned stories then the newest, then a block per section. A section
 * block repeats stories from "Latest" on purpose: it is where a reader of that
 * section looks, but it never repeats the lead.
 */
export function composeFront(
  newestFirst: readonly ArticleSummary[],
  sections: readonly Section[],
  config: FrontConfig,
): FrontPage {
  const byId = new Map(newestFirst.map((a) => [a.id, a]));
  const lead = (config.lead ? byId.get(config.lead) : undefined) ?? newestFirst[0];
  const pinned = config.pinned.map((id) => byId.get(id)).filter((a): a is ArticleSummary => a !== undefined && a.id !== lead?.id);
  const shown = new Set([lead?.id, ...pinned.map((a) => a.id)]);
  const latest = [...pinned, ...newestFirst.filter((a) => !shown.has(a.id))].slice(0, LATEST_COUNT);
  return {
    lead,
    latest,
    sections: sections.map((section) => ({
      section,
      articles: newestFirst.filter((a) => a.section.id === section.id && a.id !== lead?.id).slice(0, SECTION_BLOCK_COUNT),
    })),
  };
}

/**
 * The front page from the few stories it can show: the editors' lead and pinned
 * stories, the newest (enough for "Latest" whatever is pinned) and the newest of
 * each section. composeFront picks from them exactly as it would from the whole archive.
 */
export function frontPageFrom(store: ContentStore, view: View): FrontPage {
  const config = store.frontConfig();
  const sections = store.sections();
  const byId = new Map<string, ArticleSummary>();
  const add = (a: ArticleSummary | undefined) => {
    if (a) byId.set(a.id, a);
  };
  for (const id of [config.lead, ...config.pinned]) if (id) add(store.summaryById(id, view));
  for (const a of store.listArticles({ limit: 1 + config.pinned.length + LATEST_COUNT }, view)) add(a);
  for (const section of sections) for (const a of store.listArticles({ section: section.id, limit: SECTION_BLOCK_COUNT + 1 }, view)) add(a);
  const newestFirst = [...byId.values()].sort((x, y) => Date.parse(y.publishedAt) - Date.parse(x.publishedAt) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return composeFront(newestFirst, sections, config);
}
