import type { GetStaticPropsResult, Metadata } from 'next';
import { now } from '../clock';
import { getFrontConfig, getSections, listArticles, type ArticleSummary, type Section } from '../content';
import { activeBreaking, type Breaking } from '../front/breaking';
import { headTags, type HeadTag } from '../seo/head-tags';
import { rootMetadata, siteViewport } from '../seo/metadata';

/**
 * What every reader page of pages/ shares: the data of its chrome and <head>, resolved on the
 * server (components/DocumentPage.tsx draws it), and how long a rendered page is kept.
 * Nothing here reaches the browser but the HTML.
 */

/** Seconds before a served page is rendered again in the background, for every reader page. */
const REVALIDATE_SECONDS = 30;

/** What every page of pages/ draws around its content (components/DocumentPage.tsx). */
export interface PageChrome {
  sections: Section[];
  /** The newest stories, for the footer. */
  latest: ArticleSummary[];
  /** The <head>: title, description, canonical, feeds, social and robots tags. */
  head: HeadTag[];
  /** The breaking-news strip editors set in content/front.yaml, until it expires. */
  breaking?: Breaking;
}

/** The chrome of a page with this metadata, merged over the site's defaults as Next merges a layout's. */
function pageChrome(metadata: Metadata): PageChrome {
  return {
    sections: getSections(),
    latest: listArticles({ limit: 5 }),
    head: headTags(metadata, rootMetadata(), siteViewport),
    breaking: activeBreaking(getFrontConfig(), now()),
  };
}

/**
 * Page props are JSON: fields left undefined are dropped (Next refuses them), and a body
 * tree loses its source positions, which only the content check needs.
 */
function asJson<T>(value: T): T {
  const parsed: T = JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'position' ? undefined : v)));
  return parsed;
}

/** The props of a reader page: its chrome for this metadata and what it shows. */
export type DocumentProps<T> = { chrome: PageChrome } & T;

/** The props of a page with this metadata that shows `content`. */
export function documentProps<T extends object>(metadata: Metadata, content: T): DocumentProps<T> {
  return asJson({ chrome: pageChrome(metadata), ...content });
}

/** A page rendered at build or on its first request, and again in the background every REVALIDATE_SECONDS. */
export function documentResult<T extends object>(metadata: Metadata, content: T): GetStaticPropsResult<DocumentProps<T>> {
  return { props: documentProps(metadata, content), revalidate: REVALIDATE_SECONDS };
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
