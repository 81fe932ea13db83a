import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';

/** A strict XML parser and cast-free walkers for parsed XML and JSON, shared by unit and browser tests. */

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
