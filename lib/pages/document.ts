import type { GetStaticPropsResult } from 'next';
import { getBreaking, getSections, listArticles, type ArticleSummary, type Breaking, type Section } from '../content';
import { StoriesOnPage } from '../content/front';
import { headTags, type HeadTag } from '../seo/head-tags';
import type { PageHead } from '../seo/metadata';

/**
 * What every reader page of pages/ shares: the data of its chrome and <head>, resolved on the
 * server (components/document/DocumentPage.tsx draws it), and how long a rendered page is kept.
 * Nothing here reaches the browser but the HTML.
 */

/** Seconds before a served page is rendered again in the background, for every reader page. */
const REVALIDATE_SECONDS = 30;

/** Stories in the footer's "Latest" list, at most. */
const FOOTER_LATEST_COUNT = 5;

/** What every page of pages/ draws around its content (components/document/DocumentPage.tsx). */
export interface PageChrome {
  sections: Section[];
  /** The page's own address (its canonical path), which the section menu marks as current. */
  path?: string;
  /** The newest stories the page does not already show, for the footer; none when it shows them all. */
  latest: ArticleSummary[];
  /** The <head>: title, description, canonical, feeds, social and robots tags. */
  head: HeadTag[];
  /** The breaking-news strip editors set in content/front.yaml, until it expires. */
  breaking?: Breaking;
}

/**
 * The addresses of the stories a page's content shows: every object in it with a headline and
 * an address is a story on the page (a list's summaries, the article itself, an "Also read"
 * target), wherever the page's model keeps it.
 */
export function storiesIn(content: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(content)) {
    for (const item of content) storiesIn(item, found);
  } else if (typeof content === 'object' && content !== null) {
    const headline: unknown = Reflect.get(content, 'headline');
    const path: unknown = Reflect.get(content, 'path');
    if (typeof headline === 'string' && typeof path === 'string') found.add(path);
    for (const value of Object.values(content)) storiesIn(value, found);
  }
  return found;
}

/** The chrome of a page with this head (lib/seo/metadata.ts) around `content`. */
function pageChrome(head: PageHead, content: object): PageChrome {
  const breaking = getBreaking();
  const shown = storiesIn(content);
  const latest = new StoriesOnPage(shown).take(listArticles({ limit: FOOTER_LATEST_COUNT + shown.size }), FOOTER_LATEST_COUNT);
  const path = head.canonical ? new URL(head.canonical).pathname : undefined;
  return { sections: getSections(), ...(path ? { path } : {}), latest, head: headTags(head), ...(breaking ? { breaking } : {}) };
}

/**
 * Page props are JSON: fields left undefined are dropped (Next refuses them), and a body
 * tree loses its source positions, which only the content check needs.
 */
function asJson<T>(value: T): T {
  const parsed: T = JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'position' ? undefined : v)));
  return parsed;
}

/** The props of a reader page: its chrome for its head, and what it shows (its content component's props). */
export interface DocumentProps<T> {
  chrome: PageChrome;
  content: T;
}

/** The props of a page with this head that shows `content`. */
export function documentProps<T extends object>(head: PageHead, content: T): DocumentProps<T> {
  return asJson({ chrome: pageChrome(head, content), content });
}

/** A page rendered at build or on its first request, and again in the background every REVALIDATE_SECONDS. */
export function documentResult<T extends object>(head: PageHead, content: T): GetStaticPropsResult<DocumentProps<T>> {
  return { props: documentProps(head, content), revalidate: REVALIDATE_SECONDS };
}

/** The site's 404 page for this address, looked at again as often as a page would be (an embargo may lift). */
export const notFoundResult: { notFound: true; revalidate: number } = { notFound: true, revalidate: REVALIDATE_SECONDS };

/** Where something is for now (307), looked at again as often as a page would be: a live blog's update moves to older pages. */
export function temporaryRedirect(destination: string): GetStaticPropsResult<never> {
  return { redirect: { destination, permanent: false }, revalidate: REVALIDATE_SECONDS };
}

/** A list's or an article's one address, for an address that leads there (308). */
export function movedTo(destination: string): GetStaticPropsResult<never> {
  return { redirect: { destination, permanent: true }, revalidate: REVALIDATE_SECONDS };
}
