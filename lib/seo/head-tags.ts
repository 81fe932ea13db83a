import { site } from '../site/config';
import { OG_IMAGE } from './urls';
import type { PageHead } from './metadata';

/**
 * The <head> of a reader page as tags (components/document/DocumentPage.tsx writes them), in
 * the order Next's metadata API writes the same fields, from a page's head model
 * (./metadata.ts).
 */

export interface HeadTag {
  tag: 'title' | 'meta' | 'link';
  attributes: Record<string, string>;
  /** The text of a <title>. */
  text?: string;
}

/** The browser chrome's colours, light and dark, on every page. */
const THEME_COLORS = [
  { media: '(prefers-color-scheme: light)', color: '#ffffff' },
  { media: '(prefers-color-scheme: dark)', color: '#121212' },
];

const ogLocale = () => site.locale.replace('-', '_');

export function headTags(head: PageHead): HeadTag[] {
  const tags: HeadTag[] = [];
  const meta = (attributes: Record<string, string>) => tags.push({ tag: 'meta', attributes });
  const link = (attributes: Record<string, string>) => tags.push({ tag: 'link', attributes });
  const named = (name: string, content: string | undefined) => {
    if (content) meta({ name, content });
  };
  const property = (name: string, content: string | number | undefined) => {
    if (content !== undefined && content !== '') meta({ property: name, content: String(content) });
  };

  for (const { media, color } of THEME_COLORS) meta({ name: 'theme-color', content: color, media });
  tags.push({ tag: 'title', attributes: {}, text: head.title });
  named('description', head.description);
  named('application-name', site.name);
  for (const author of head.authors ?? []) {
    link({ rel: 'author', href: author.url });
    named('author', author.name);
  }
  named('keywords', head.keywords?.join(','));
  named('robots', head.robots);
  if (head.canonical) link({ rel: 'canonical', href: head.canonical });
  for (const feed of head.feeds) link({ rel: 'alternate', type: feed.type, href: feed.href, title: feed.title });

  const { social } = head;
  property('og:title', social.title);
  property('og:description', social.description);
  property('og:url', social.url);
  property('og:site_name', site.name);
  property('og:locale', ogLocale());
  property('og:image', social.image.url);
  property('og:image:type', OG_IMAGE.type);
  property('og:image:width', OG_IMAGE.width);
  property('og:image:height', OG_IMAGE.height);
  property('og:image:alt', social.image.alt);
  property('og:type', social.type);
  if (social.article) {
    property('article:published_time', social.article.publishedTime);
    property('article:modified_time', social.article.modifiedTime);
    for (const author of social.article.authors) property('article:author', author);
    property('article:section', social.article.section);
    for (const tag of social.article.tags) property('article:tag', tag);
  }
  named('twitter:card', 'summary_large_image');
  named('twitter:title', social.title);
  named('twitter:description', social.description);
  named('twitter:image', social.image.url);
  named('twitter:image:alt', social.image.alt);
  return tags;
}
