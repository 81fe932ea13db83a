import type { ArticleSummary, Section } from '../content';
import type { FrontConfig } from './frontConfig';

/** Stories in the front's "Latest" list, after the lead. */
export const LATEST_COUNT = 6;
/** Stories in each section's block. */
export const SECTION_BLOCK_COUNT = 3;

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
