import type { GetStaticPropsResult } from 'next';
import type { ParsedUrlQuery } from 'node:querystring';
import { countArticles, getAuthor, getAuthors, getSection, getSections, getTag, listArticles, listTags, type ArticleSummary, type ListOptions } from '../content';
import { laterPages } from '../site/prerender';
import { PAGE_SIZE, pageWindow, requestedPage, type PageWindow } from '../site/pagination';
import { breadcrumbJsonLd, sectionCrumbs, type JsonLd } from '../seo/jsonld';
import { authorMetadata, sectionMetadata, tagMetadata, type PageHead } from '../seo/metadata';
import { authorPath, listPagePath, sectionPath, tagPath } from '../site/paths';
import { documentResult, movedTo, notFoundResult, type DocumentProps } from './document';

/**
 * The section, tag and author fronts, from one definition: the six routes of pages/ (each
 * list's own address, pages/[section], pages/tags/[tag], pages/authors/[id], and its later
 * pages, …/page/[n]) all ask this controller. Twenty stories a page, newest first. Page 1
 * lives at the list's own address, `/page/1` answers 308 there, and a page past the end, or a
 * segment that is not a plain page number, is the site's 404.
 */

export type ListKind = 'section' | 'tag' | 'author';

/** What a list front shows (components/fronts/ListFront.tsx). */
export interface ListFrontContent {
  title: string;
  /** Under the title, on the first page. */
  intro?: string;
  articles: ArticleSummary[];
  window: PageWindow;
  emptyMessage: string;
  jsonLd?: JsonLd;
}

export type ListFrontProps = DocumentProps<ListFrontContent>;

/** A list as its front describes it; what it lists and where follow from its kind and key. */
interface ListSubject {
  key: string;
  title: string;
  intro?: string;
  emptyMessage: string;
  metadata: (page: number) => PageHead;
  jsonLd?: JsonLd;
}

/** The route param that carries each kind's key, as the folders of pages/ name it. */
const PARAM: Record<ListKind, string> = { section: 'section', tag: 'tag', author: 'id' };

const BASE: Record<ListKind, (key: string) => string> = { section: sectionPath, tag: tagPath, author: authorPath };

function filterOf(kind: ListKind, key: string): ListOptions {
  if (kind === 'section') return { section: key };
  return kind === 'tag' ? { tag: key } : { author: key };
}

function subject(kind: ListKind, key: string): ListSubject | undefined {
  if (kind === 'section') {
    const section = getSection(key);
    if (!section) return undefined;
    const { id, name, description } = section;
    return { key: id, title: name, intro: description, emptyMessage: `No stories in ${name} yet.`, metadata: (page) => sectionMetadata(section, page), jsonLd: breadcrumbJsonLd(sectionCrumbs(section)) };
  }
  if (kind === 'tag') {
    const tag = getTag(key);
    if (!tag) return undefined;
    const intro = `Stories about ${tag.name}, newest first.`;
    return { key: tag.slug, title: tag.name, intro, emptyMessage: `No stories about ${tag.name} yet.`, metadata: (page) => tagMetadata(tag, page) };
  }
  const author = getAuthor(key);
  return author && { key: author.id, title: author.name, intro: author.bio, emptyMessage: `${author.name} has no stories published yet.`, metadata: (page) => authorMetadata(author, page) };
}

/** Every list of a kind, by the key its address carries. */
function listKeys(kind: ListKind): string[] {
  if (kind === 'section') return getSections().map((s) => s.id);
  if (kind === 'tag') return listTags().map(({ tag }) => tag.slug);
  return getAuthors().map((a) => a.id);
}

/**
 * The pages of each list a build prerenders: every list's first page, and pages 2 and on up
 * to MASTHEAD_PRERENDER_LIST_PAGES; deeper pages render on their first request.
 */
export function listFrontPaths(kind: ListKind, pages: 'first' | 'later') {
  return (): { paths: { params: Record<string, string> }[]; fallback: 'blocking' } => {
    const keys = listKeys(kind);
    const params =
      pages === 'first'
        ? keys.map((key) => ({ [PARAM[kind]]: key }))
        : keys.flatMap((key) => laterPages(countArticles(filterOf(kind, key)), PAGE_SIZE).map(({ n }) => ({ [PARAM[kind]]: key, n })));
    return { paths: params.map((p) => ({ params: p })), fallback: 'blocking' };
  };
}

const param = (params: ParsedUrlQuery | undefined, name: string): string | undefined => {
  const value = params?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** The props of a page of a list front: `n` in the params is its `/page/{n}` segment, absent on the list's own address. */
export function listFrontProps(kind: ListKind) {
  return ({ params }: { params?: ParsedUrlQuery }): GetStaticPropsResult<ListFrontProps> => {
    const found = subject(kind, param(params, PARAM[kind]) ?? '');
    const segment = param(params, 'n');
    const page = requestedPage(segment);
    if (!found || page === undefined) return notFoundResult;
    const base = BASE[kind](found.key);
    // Page 1 has one address, the list's own.
    if (segment !== undefined && page === 1) return movedTo(base);
    const filter = filterOf(kind, found.key);
    const window = pageWindow(countArticles(filter), page, (n) => listPagePath(base, n));
    if (!window) return notFoundResult;
    const articles = listArticles({ ...filter, offset: window.offset, limit: window.limit });
    const { title, intro, emptyMessage, jsonLd } = found;
    return documentResult(found.metadata(page), { title, intro, articles, window, emptyMessage, jsonLd: page === 1 ? jsonLd : undefined });
  };
}
