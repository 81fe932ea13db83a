import {
  articleCardPath,
  authorPath,
  desksPath,
  feedPath,
  homePath,
  liveFeedPath,
  liveKeyEventsPath,
  newsSitemapPath,
  searchPagePath,
  sectionCardPath,
  sectionPath,
  sitemapIndexPath,
  tagPath,
  topicsPath,
  updatePermalinkPath,
} from './paths';

/**
 * Surrogate keys: the names of what an answer shows, so that a cache in front (Varnish's xkey,
 * Fastly, Cloudflare) can drop every answer that showed a story the moment it changes, and each
 * server can regenerate the pages it has answered with it (docs/decisions/0019). The key names,
 * what a change to a story invalidates and the addresses a publish regenerates are all here.
 */

/**
 * The one header the origin sends keys in (docs/decisions/0019): `Surrogate-Key`, space-separated,
 * as Fastly reads it and the example Varnish configuration hands it to xkey; or, with
 * MASTHEAD_SURROGATE_KEY_HEADER=Cache-Tag, Cloudflare's, comma-separated. Caches in front strip it.
 */
export function surrogateKeyHeader(choice: string | undefined = process.env.MASTHEAD_SURROGATE_KEY_HEADER): { name: string; join: (keys: readonly string[]) => string } {
  if (choice === undefined || choice === '' || choice.toLowerCase() === 'surrogate-key') return { name: 'Surrogate-Key', join: (keys) => keys.join(' ') };
  if (choice.toLowerCase() === 'cache-tag') return { name: 'Cache-Tag', join: (keys) => keys.join(',') };
  throw new Error(`MASTHEAD_SURROGATE_KEY_HEADER is Surrogate-Key or Cache-Tag, not "${choice}"`);
}

/** The edition an answer belongs to when the story or list does not say: the site's only one today. */
export const DEFAULT_EDITION = 'en';

export const keyOf = {
  /** Every answer that shows the story: its pages, card and feeds, and every list or page that links it. */
  article: (id: string) => `article:${id}`,
  /** A section's front, its later pages and its feeds: what changes when a story joins or leaves it. */
  section: (id: string) => `section:${id}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (id: string) => `author:${id}`,
  /** Everything of one edition (a change to sections, desks or the site's chrome). */
  edition: (edition: string) => `edition:${edition}`,
  front: 'front',
  feeds: 'feeds',
  sitemaps: 'sitemaps',
  /** The lists of every topic and every desk, with their counts. */
  indexes: 'indexes',
  /** Search answers: any story can join or leave their results. */
  search: 'search',
  /** A miss (404) or a takedown (410): what a new story's address, kept as a miss a moment ago, answered. */
  misses: 'misses',
} as const;

/** What an answer shows: the stories on it, and the lists it is (section, tag, author, front, feeds, …). */
export interface AnswerContent {
  edition?: string;
  /** Ids of the stories the answer shows, its own first. */
  stories?: readonly string[];
  /** List keys (keyOf.section(…), keyOf.front, …). */
  lists?: readonly string[];
}

/** The keys an answer carries, in the order given, once each. */
export function answerKeys({ edition = DEFAULT_EDITION, stories = [], lists = [] }: AnswerContent): string[] {
  return [...new Set([keyOf.edition(edition), ...lists, ...stories.map(keyOf.article)])];
}

/** The edition of a story as the content model gives it; stories that name none are in the default edition. */
export function editionOf(story: object): string {
  const edition: unknown = Reflect.get(story, 'edition');
  return typeof edition === 'string' && edition ? edition : DEFAULT_EDITION;
}

/** A story as one version of the content store shows it: what decides where it appears. */
export interface StorySnapshot {
  id: string;
  path: string;
  section: string;
  tags: readonly string[];
  authors: readonly string[];
  edition: string;
  publishedMs: number;
  /** Readers may see it (no error, not a draft, published by the moment of the publish, not taken down). */
  visible: boolean;
  live: boolean;
}

/** One story a publish changed: as it was (absent when new) and as it is (absent when its file is gone). */
export interface StoryChange {
  before?: StorySnapshot;
  after?: StorySnapshot;
  /** Ids of a live blog's updates whose files changed. */
  updates: readonly string[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** Whether the change moves the story in or out of a list, or within one: every list it is or was in is then touched. */
function movesInLists({ before, after }: StoryChange): boolean {
  if (!before || !after) return true;
  return (
    before.visible !== after.visible ||
    before.path !== after.path ||
    before.section !== after.section ||
    before.publishedMs !== after.publishedMs ||
    before.edition !== after.edition ||
    !sameList(before.tags, after.tags) ||
    !sameList(before.authors, after.authors)
  );
}

const versions = ({ before, after }: StoryChange) => [before, after].filter((s): s is StorySnapshot => s !== undefined && s.visible);

/**
 * The keys a publish must purge: every answer that shows a changed story (its own key), and,
 * when a story joined, left or moved, every list it is in now or was in before, the front, the
 * feeds, the indexes and the misses. Sitemaps and search carry no story keys (too many stories
 * per answer), so any change to a story readers can or could see touches them.
 */
export function invalidatedKeys(changes: readonly StoryChange[]): string[] {
  const keys = new Set<string>();
  for (const change of changes) {
    const seen = versions(change);
    if (!seen.length) continue;
    for (const story of [change.before, change.after]) if (story) keys.add(keyOf.article(story.id));
    keys.add(keyOf.sitemaps);
    keys.add(keyOf.search);
    if (!movesInLists(change)) continue;
    for (const story of seen) {
      keys.add(keyOf.section(story.section));
      for (const tag of story.tags) keys.add(keyOf.tag(tag));
      for (const author of story.authors) keys.add(keyOf.author(author));
    }
    for (const key of [keyOf.front, keyOf.feeds, keyOf.indexes, keyOf.misses]) keys.add(key);
  }
  return [...keys];
}

/**
 * The addresses a publish regenerates on every server, whether or not that server has answered
 * them since it started: a changed story's own pages (a live blog's key events, feeds and changed
 * updates too), its share card, the first page of each list it is or was in, the front, the
 * feeds and the sitemaps. Each server adds the other addresses it has answered with an
 * invalidated key (later pages of lists, stories that link the changed one).
 */
export function addressesToRegenerate(changes: readonly StoryChange[]): string[] {
  const addresses = new Set<string>();
  const keys = new Set(invalidatedKeys(changes));
  for (const change of changes) {
    const seen = versions(change);
    if (!seen.length) continue;
    for (const story of seen) {
      addresses.add(story.path);
      addresses.add(articleCardPath(story.id));
      if (story.live) {
        addresses.add(liveKeyEventsPath(story.path));
        for (const format of ['rss', 'atom', 'json'] as const) addresses.add(liveFeedPath(story.path, format));
        for (const update of change.updates) addresses.add(updatePermalinkPath(story.path, update));
      }
      if (keys.has(keyOf.section(story.section))) {
        addresses.add(sectionPath(story.section));
        addresses.add(sectionCardPath(story.section));
        for (const format of ['rss', 'atom', 'json'] as const) addresses.add(feedPath(format, story.section));
      }
      for (const tag of story.tags) if (keys.has(keyOf.tag(tag))) addresses.add(tagPath(tag));
      for (const author of story.authors) if (keys.has(keyOf.author(author))) addresses.add(authorPath(author));
    }
    if (keys.has(keyOf.front)) addresses.add(homePath);
    if (keys.has(keyOf.feeds)) for (const format of ['rss', 'atom', 'json'] as const) addresses.add(feedPath(format));
    if (keys.has(keyOf.indexes)) for (const index of [topicsPath, desksPath]) addresses.add(index);
    addresses.add(sitemapIndexPath);
    addresses.add(newsSitemapPath);
  }
  // Search answers per request: nothing of it is kept to regenerate.
  addresses.delete(searchPagePath);
  return [...addresses];
}
