import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The newsroom as its files say it is, read without any of the site's own code: the browser
 * tests take their expectations from here (or state them literally), so a bug in the content
 * layer cannot agree with itself. Only what the tests compare is read.
 */

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** The newsroom's zone, as the README documents it: article URLs carry the date there. */
const NEWSROOM_TIME_ZONE = 'Europe/London';

const text = z.string().min(1);
const articleFields = z.object({
  id: text,
  slug: text.optional(),
  headline: text,
  standfirst: text,
  publishedAt: text,
  updatedAt: text.optional(),
  authors: z.array(text),
  section: text,
  tags: z.array(text).default([]),
  image: z.object({ src: text, alt: text, caption: text, credit: text }),
  draft: z.boolean().default(false),
  corrections: z.array(z.object({ date: text, text })).default([]),
  redirectFrom: z.array(text).default([]),
});
const people = z.array(z.object({ id: text, name: text }));
const sectionList = z.array(z.object({ id: text, name: text }));

export interface Named {
  id: string;
  name: string;
}

export interface FileArticle {
  file: string;
  id: string;
  headline: string;
  standfirst: string;
  publishedAt: string;
  updatedAt?: string;
  /** The latest of publishedAt, updatedAt and the corrections' dates, as written. */
  modifiedAt: string;
  draft: boolean;
  authors: Named[];
  section: Named;
  tags: { name: string; slug: string }[];
  image: { src: string; alt: string; caption: string; credit: string };
  redirectFrom: string[];
  /** /{section}/{yyyy}/{mm}/{dd}/{slug}, dated in the newsroom's zone. */
  path: string;
  /** A live blog's newest update: it stays news while that is recent. */
  freshAt?: string;
  /** A live blog's coverage: when it closed, if it has. */
  live?: { closedAt?: string };
}

/**
 * A story's headline as readers see it at `at`: a live blog's, as the editor guide says, ends
 * "– live" while coverage goes on and "– as it happened" once it has closed.
 */
export function shownHeadline(story: Pick<FileArticle, 'headline' | 'live'>, at: Date = testNow()): string {
  if (!story.live) return story.headline;
  const closed = story.live.closedAt !== undefined && Date.parse(story.live.closedAt) <= at.getTime();
  return `${story.headline} – ${closed ? 'as it happened' : 'live'}`;
}

function yamlFile<T>(name: string, schema: z.ZodType<T>): T {
  return schema.parse(parse(readFileSync(path.join(contentDir, name), 'utf8')));
}

export const sections: Named[] = yamlFile('sections.yaml', sectionList);
export const authors: Named[] = yamlFile('authors.yaml', people);

/** "Mustafa al-Kadhimi" → "mustafa-al-kadhimi": the tag addresses the site documents. */
function tagSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function datePath(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: NEWSROOM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  return parts.replaceAll('-', '/');
}

function latest(dates: (string | undefined)[]): string {
  return dates.reduce<string>((best, d) => (d && Date.parse(d) > Date.parse(best) ? d : best), dates[0] ?? '');
}

function byId(list: Named[], id: string, what: string): Named {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`content names an unknown ${what} "${id}"`);
  return found;
}

/** An article's (or a live blog's) fields as readers meet them. */
function fileArticle(file: string, fm: z.infer<typeof articleFields>, modifiedAt: string): FileArticle {
  return {
    file,
    id: fm.id,
    headline: fm.headline,
    standfirst: fm.standfirst,
    publishedAt: fm.publishedAt,
    updatedAt: fm.updatedAt,
    modifiedAt,
    draft: fm.draft,
    authors: fm.authors.map((id) => byId(authors, id, 'author')),
    section: byId(sections, fm.section, 'section'),
    tags: fm.tags.map((name) => ({ name, slug: tagSlug(name) })),
    image: fm.image,
    redirectFrom: fm.redirectFrom,
    path: `/${fm.section}/${datePath(fm.publishedAt)}/${fm.slug ?? fm.id}`,
  };
}

function readArticle(file: string): FileArticle {
  const source = readFileSync(path.join(contentDir, 'articles', file), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
  if (frontmatter === undefined) throw new Error(`${file} has no frontmatter`);
  const fm = articleFields.parse(parse(frontmatter));
  return fileArticle(file, fm, latest([fm.publishedAt, fm.updatedAt, ...fm.corrections.map((c) => c.date)]));
}

/** The moment the tests stand at: the server's MASTHEAD_NOW (set by playwright.config.ts). */
export function testNow(): Date {
  const pinned = process.env.MASTHEAD_NOW;
  if (!pinned) throw new Error('MASTHEAD_NOW is not set: the browser tests run at a pinned moment (playwright.config.ts)');
  return new Date(pinned);
}

/** What readers may see at `at`: no drafts, nothing scheduled after it. Newest first. */
export function publishedAt(at: Date = testNow()): FileArticle[] {
  return allArticles.filter((a) => !a.draft && Date.parse(a.publishedAt) <= at.getTime());
}

export function article(id: string): FileArticle {
  const found = allArticles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id} in ${contentDir}`);
  return found;
}

/** The site's base URL, as the server under test is configured (SITE_URL, else the README's default). */
export const baseUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000').origin;

export function absolute(sitePath: string): string {
  return new URL(sitePath, `${baseUrl}/`).toString();
}

/** Typographic and straight quotes compared as one: the site sets headlines in curly quotes. */
export function plain(value: string): string {
  return value.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...').replace(/—/g, '--');
}

const liveFields = articleFields.extend({ closedAt: text.optional(), keyPoints: z.array(text).default([]), pinned: text.optional() });
const updateFields = z.object({ at: text, title: text.optional(), author: text.optional(), id: text.optional(), keyEvent: z.boolean().default(false) });

interface FileUpdate {
  /** Its frontmatter id, else its file name without .mdx. */
  id: string;
  at: string;
  title?: string;
  author?: Named;
  keyEvent: boolean;
  /** The body's first line of text, as written. */
  firstLine: string;
  /** The images its body shows in <Figure>s: their files and alt texts. */
  figures: { src: string; alt: string }[];
}

export interface FileLiveBlog extends FileArticle {
  closedAt?: string;
  keyPoints: string[];
  pinned?: string;
  /** Newest first, as readers see them. */
  updates: FileUpdate[];
}

function frontmatterOf(source: string, file: string): { fm: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return { fm: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** The pictures an article shows, as its file names them: the hero image, then each body <Figure> in order. */
export function articleImages(id: string): string[] {
  const { body } = frontmatterOf(readFileSync(path.join(contentDir, 'articles', `${id}.mdx`), 'utf8'), `${id}.mdx`);
  return [article(id).image.src, ...[...body.matchAll(/<Figure\s[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '')];
}

/** Width and height of a file under public/, read from its header (PNG only: the sample's images). */
export function pngSize(src: string): { width: number; height: number } {
  const header = readFileSync(path.join(process.cwd(), 'public', src));
  if (header.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${src} is not a PNG`);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** A live blog of the content folder (content/live/<id>/), with its updates newest first. */
export function liveBlog(id: string, dir = contentDir): FileLiveBlog {
  const folder = path.join(dir, 'live', id);
  const { fm } = frontmatterOf(readFileSync(path.join(folder, 'index.mdx'), 'utf8'), `live/${id}/index.mdx`);
  const blog = liveFields.parse(fm);
  const updates = readdirSync(path.join(folder, 'updates'))
    .filter((f) => f.endsWith('.mdx'))
    .map((name): FileUpdate => {
      const { fm: raw, body } = frontmatterOf(readFileSync(path.join(folder, 'updates', name), 'utf8'), name);
      const u = updateFields.parse(raw);
      return {
        id: u.id ?? name.replace(/\.mdx$/, ''),
        at: u.at,
        title: u.title,
        author: u.author ? byId(authors, u.author, 'author') : undefined,
        keyEvent: u.keyEvent,
        firstLine: (body.trim().split('\n')[0] ?? '').replace(/^[-*] /, ''),
        figures: [...body.matchAll(/<Figure\s[^>]*\bsrc="([^"]+)"[^>]*\balt="([^"]+)"/g)].map((m) => ({ src: m[1] ?? '', alt: m[2] ?? '' })),
      };
    })
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : -1));
  return {
    ...fileArticle(`live/${id}/index.mdx`, blog, latest([blog.publishedAt, updates[0]?.at])),
    ...(updates[0] ? { freshAt: updates[0].at } : {}),
    live: blog.closedAt === undefined ? {} : { closedAt: blog.closedAt },
    closedAt: blog.closedAt,
    keyPoints: blog.keyPoints,
    pinned: blog.pinned,
    updates,
  };
}

/** The breaking-news strip of content/front.yaml, when editors set one. */
export function breakingStrip(): { text: string; url: string; expires: string } | undefined {
  const front = z.object({ breaking: z.object({ text, url: text, expires: text }).optional() }).parse(parse(readFileSync(path.join(contentDir, 'front.yaml'), 'utf8')));
  return front.breaking;
}

const liveIds = (() => {
  try {
    return readdirSync(path.join(contentDir, 'live')).filter((name) => !name.startsWith('.'));
  } catch {
    return [];
  }
})();

/**
 * Every story file, drafts and scheduled stories included, newest first: the articles, and the
 * live blogs (content/live/<id>/index.mdx), which fronts, feeds, sitemaps and search list like them.
 */
export const allArticles: FileArticle[] = [
  ...readdirSync(path.join(contentDir, 'articles'))
    .filter((f) => f.endsWith('.mdx'))
    .map(readArticle),
  ...liveIds.map((id) => liveBlog(id)),
].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id));

