import type { Metadata, Viewport } from 'next';

/**
 * The article pages are plain HTML documents (pages/), outside the App Router's metadata
 * API, yet their metadata comes from the same builders as every other page's. This turns
 * a page's `Metadata`, merged over the root layout's as Next merges it (key by key), into
 * the tags Next would write, as plain data a page can render in its <head>.
 *
 * Only the keys the builders in ./metadata.ts use are known; any other key is an error,
 * so metadata added there cannot silently go missing from article pages.
 */

export interface HeadTag {
  tag: 'title' | 'meta' | 'link';
  attributes: Record<string, string>;
  /** The text of a <title>. */
  text?: string;
}

const KNOWN = new Set([
  'metadataBase',
  'title',
  'description',
  'applicationName',
  'authors',
  'keywords',
  'robots',
  'alternates',
  'openGraph',
  'twitter',
]);

type Title = Metadata['title'];

function pageTitle(page: Title, root: Title): string {
  const template = root && typeof root === 'object' && 'template' in root ? root.template : undefined;
  const fallback = root && typeof root === 'object' && 'default' in root ? root.default : typeof root === 'string' ? root : '';
  if (page === undefined || page === null) return fallback;
  if (typeof page === 'string') return template ? template.replace('%s', page) : page;
  if ('absolute' in page && page.absolute) return page.absolute;
  if ('default' in page && page.default) return page.default;
  return fallback;
}

const list = <T>(value: T | T[] | null | undefined): T[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

const text = (value: unknown): string => (value instanceof URL ? value.toString() : String(value));

function robotsContent(robots: Metadata['robots']): string | undefined {
  if (!robots) return undefined;
  if (typeof robots === 'string') return robots;
  const parts: string[] = [];
  if (robots.index !== undefined) parts.push(robots.index ? 'index' : 'noindex');
  if (robots.follow !== undefined) parts.push(robots.follow ? 'follow' : 'nofollow');
  for (const [key, value] of Object.entries(robots)) {
    if (key === 'index' || key === 'follow' || key === 'googleBot' || value === undefined) continue;
    parts.push(typeof value === 'boolean' ? (value ? key : '') : `${key}:${value}`);
  }
  return parts.filter(Boolean).join(', ');
}

interface SocialImage {
  url: string | URL;
  type?: string;
  width?: string | number;
  height?: string | number;
  alt?: string;
}

function images(value: unknown): SocialImage[] {
  return (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).flatMap((i: unknown): SocialImage[] => {
    if (typeof i === 'string' || i instanceof URL) return [{ url: i }];
    if (typeof i !== 'object' || i === null || !('url' in i)) return [];
    const field = (key: string) => (key in i ? Reflect.get(i, key) : undefined);
    const url = field('url');
    if (typeof url !== 'string' && !(url instanceof URL)) return [];
    const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : undefined);
    const type = field('type');
    const alt = field('alt');
    return [{ url, type: typeof type === 'string' ? type : undefined, width: scalar(field('width')), height: scalar(field('height')), alt: typeof alt === 'string' ? alt : undefined }];
  });
}

/** A field of the Open Graph or Twitter metadata, whichever of their variants it is. */
const field = (object: object | null | undefined, key: string): unknown => (object && key in object ? Reflect.get(object, key) : undefined);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(text);

/** The tags for a page's metadata over the root layout's, in the order Next writes them. */
export function headTags(page: Metadata, root: Metadata, viewport?: Viewport): HeadTag[] {
  for (const key of [...Object.keys(root), ...Object.keys(page)]) {
    if (!KNOWN.has(key)) throw new Error(`headTags: metadata key "${key}" is not written by lib/seo/head-tags.ts`);
  }
  const merged: Metadata = { ...root, ...page };
  const tags: HeadTag[] = [];
  const meta = (attributes: Record<string, string>) => tags.push({ tag: 'meta', attributes });
  const link = (attributes: Record<string, string>) => tags.push({ tag: 'link', attributes });
  const named = (name: string, content: unknown) => {
    if (content !== undefined && content !== null && content !== '') meta({ name, content: text(content) });
  };
  const property = (name: string, content: unknown) => {
    if (content !== undefined && content !== null && content !== '') meta({ property: name, content: text(content) });
  };

  for (const theme of list(viewport?.themeColor)) {
    if (typeof theme === 'string') named('theme-color', theme);
    else meta({ name: 'theme-color', content: theme.color, ...(theme.media ? { media: theme.media } : {}) });
  }
  tags.push({ tag: 'title', attributes: {}, text: pageTitle(page.title, root.title) });
  named('description', merged.description);
  named('application-name', merged.applicationName);
  for (const author of list(merged.authors)) {
    if (author.url) link({ rel: 'author', href: text(author.url) });
    named('author', author.name);
  }
  named('keywords', list(merged.keywords).join(','));
  named('robots', robotsContent(merged.robots));

  const alternates = merged.alternates;
  if (alternates?.canonical) link({ rel: 'canonical', href: text(typeof alternates.canonical === 'object' && 'url' in alternates.canonical ? alternates.canonical.url : alternates.canonical) });
  for (const [type, links] of Object.entries(alternates?.types ?? {})) {
    for (const alternate of list<string | URL | { url: string | URL; title?: string }>(links)) {
      const entry = typeof alternate === 'string' || alternate instanceof URL ? { url: alternate, title: undefined } : alternate;
      link({ rel: 'alternate', type, href: text(entry.url), ...(entry.title ? { title: entry.title } : {}) });
    }
  }

  const og = merged.openGraph;
  if (og) {
    const fields: [string, string][] = [['og:title', 'title'], ['og:description', 'description'], ['og:url', 'url'], ['og:site_name', 'siteName'], ['og:locale', 'locale']];
    for (const [name, key] of fields) property(name, field(og, key));
    for (const image of images(field(og, 'images'))) {
      property('og:image', image.url);
      property('og:image:type', image.type);
      property('og:image:width', image.width);
      property('og:image:height', image.height);
      property('og:image:alt', image.alt);
    }
    property('og:type', field(og, 'type'));
    if (field(og, 'type') === 'article') {
      property('article:published_time', field(og, 'publishedTime'));
      property('article:modified_time', field(og, 'modifiedTime'));
      for (const author of strings(field(og, 'authors'))) property('article:author', author);
      property('article:section', field(og, 'section'));
      for (const tag of strings(field(og, 'tags'))) property('article:tag', tag);
    }
  }

  const twitter = merged.twitter;
  if (twitter) {
    for (const key of ['card', 'title', 'description']) named(`twitter:${key}`, field(twitter, key));
    for (const image of images(field(twitter, 'images'))) {
      named('twitter:image', image.url);
      named('twitter:image:alt', image.alt);
    }
  }
  return tags;
}
