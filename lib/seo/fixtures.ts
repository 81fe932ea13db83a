import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { ArticleSummary, Author, Section } from '../content';
import { directorySource, publicImageResolver } from '../content/source';
import { checkInMemory } from '../content/store/run';
import { z } from 'zod';

/** Test helpers: the SEO fixture newsroom (lib/seo/fixtures/newsroom) and a real XML parser. */

export const FIXTURE_DIR = path.join(__dirname, 'fixtures', 'newsroom');
/** The clock the news-sitemap fixtures are dated against. */
export const FIXTURE_NOW = new Date('2021-11-09T09:00:00Z');

/** The fixture newsroom, every article of it (drafts and scheduled ones too), newest first. */
export interface FixtureNewsroom {
  articles: ArticleSummary[];
  byId: Map<string, ArticleSummary>;
  sections: Section[];
  sectionById: Map<string, Section>;
  authors: Author[];
}

let memo: FixtureNewsroom | undefined;

export function fixtureIndex(): FixtureNewsroom {
  if (memo) return memo;
  const { store, problems } = checkInMemory({ source: directorySource(FIXTURE_DIR), images: publicImageResolver(path.join(process.cwd(), 'public')) });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`fixture content has errors: ${JSON.stringify(errors)}`);
  const articles = store.listArticles({}, { at: FIXTURE_NOW, preview: true });
  const sections = store.sections();
  memo = {
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    sections,
    sectionById: new Map(sections.map((s) => [s.id, s])),
    authors: store.authors(),
  };
  return memo;
}

export function fixtureArticle(id: string) {
  const article = fixtureIndex().byId.get(id);
  if (!article) throw new Error(`no fixture article ${id}`);
  return article;
}

const LISTS = new Set(['urlset.url', 'sitemapindex.sitemap', 'url.image:image', 'rss.channel.item', 'item.category', 'feed.entry', 'entry.author', 'entry.category', 'entry.link']);

/** Parses XML strictly (a malformed document throws) with attributes under "@_". */
export function parseXml(xml: string): Record<string, unknown> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    processEntities: true,
    isArray: (_name, jpath) => [...LISTS].some((suffix) => String(jpath).endsWith(suffix)),
  });
  const result: unknown = parser.parse(xml, true);
  if (typeof result !== 'object' || result === null) throw new Error('not an XML document');
  return Object.fromEntries(Object.entries(result));
}

/** Walks parsed XML/JSON without casts: `at(doc, 'urlset', 'url')`. */
export function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.entries(current).find(([k]) => k === String(key))?.[1];
  }
  return current;
}

export function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  const inner = at(value, '#text');
  if (typeof inner === 'string') return inner;
  throw new Error(`expected text, got ${JSON.stringify(value)}`);
}

/** A JSON Feed 1.1 document as Masthead writes it, for tests to parse. */
export const jsonFeed = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string().min(1),
  home_page_url: z.string(),
  feed_url: z.string(),
  language: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: z.string(),
      summary: z.string(),
      content_html: z.string(),
      image: z.string(),
      date_published: z.string(),
      date_modified: z.string(),
      tags: z.array(z.string()),
      authors: z.array(z.object({ name: z.string(), url: z.string() })).min(1),
    }),
  ),
});
