import type { GetStaticPropsResult, Metadata } from 'next';
import { countArticles, getAuthor, getAuthors, getSection, getSections, getTag, listTags, type ListOptions } from '../content';
import { laterPages, listPage, type ListPage } from '../front/lists';
import { PAGE_SIZE, parsePageSegment } from '../front/pagination';
import { breadcrumbJsonLd, sectionCrumbs, type JsonLd } from '../seo/jsonld';
import { authorMetadata, frontPageNumberMetadata, sectionMetadata, tagMetadata } from '../seo/metadata';
import { documentResult, movedTo, notFoundResult, type DocumentProps } from './document';

/**
 * The section, tag and author fronts (pages/[section]/…, pages/tags/[tag]/…,
 * pages/authors/[id]/…): twenty stories a page, newest first. Page 1 lives at the list's own
 * address, `/page/1` answers 308 there, and a page past the end, or a segment that is not a
 * plain page number, is the site's 404.
 */

export type ListKind = 'section' | 'tag' | 'author';

/** What a list front shows besides its stories. */
export interface ListFrontContent {
  title: string;
  /** Under the title, on the first page. */
  intro?: string;
  list: ListPage;
  emptyMessage: string;
  jsonLd?: JsonLd;
}

export type ListFrontProps = DocumentProps<ListFrontContent>;

interface ListSubject {
  filter: Omit<ListOptions, 'offset' | 'limit'>;
  /** The list's own address: its first page. */
  base: string;
  title: string;
  intro?: string;
  emptyMessage: string;
  metadata: (page: number) => Metadata;
  jsonLd?: JsonLd;
}

function subject(kind: ListKind, key: string): ListSubject | undefined {
  if (kind === 'section') {
    const section = getSection(key);
    if (!section) return undefined;
    return {
      filter: { section: section.id },
      base: `/${section.id}`,
      title: section.name,
      intro: section.description,
      emptyMessage: `No stories in ${section.name} yet.`,
      metadata: (page) => (page === 1 ? sectionMetadata(section) : frontPageNumberMetadata(page, section)),
      jsonLd: breadcrumbJsonLd(sectionCrumbs(section)),
    };
  }
  if (kind === 'tag') {
    const tag = getTag(key);
    if (!tag) return undefined;
    return {
      filter: { tag: tag.slug },
      base: `/tags/${tag.slug}`,
      title: tag.name,
      intro: `Stories about ${tag.name}, newest first.`,
      emptyMessage: `No stories about ${tag.name} yet.`,
      metadata: (page) => tagMetadata(tag, page),
    };
  }
  const author = getAuthor(key);
  if (!author) return undefined;
  return {
    filter: { author: author.id },
    base: `/authors/${author.id}`,
    title: author.name,
    intro: author.bio,
    emptyMessage: `${author.name} has no stories published yet.`,
    metadata: (page) => authorMetadata(author, page),
  };
}

/** Every list of a kind, by the key its address carries: their first pages are prerendered at build. */
export function listKeys(kind: ListKind): string[] {
  if (kind === 'section') return getSections().map((s) => s.id);
  if (kind === 'tag') return listTags().map(({ tag }) => tag.slug);
  return getAuthors().map((a) => a.id);
}

/** Pages 2 and on of each list that a build prerenders (MASTHEAD_PRERENDER_LIST_PAGES); deeper pages render on first request. */
export function laterListPages(kind: ListKind): { key: string; n: string }[] {
  return listKeys(kind).flatMap((key) => {
    const found = subject(kind, key);
    return found ? laterPages(countArticles(found.filter), PAGE_SIZE).map(({ n }) => ({ key, n })) : [];
  });
}

/**
 * A page of a list front. `segment` is the `/page/{n}` segment as requested, or undefined
 * for the list's own address.
 */
export function listFrontResult(kind: ListKind, key: string, segment?: string): GetStaticPropsResult<ListFrontProps> {
  const found = subject(kind, key);
  const page = segment === undefined ? 1 : parsePageSegment(segment);
  if (!found || page === undefined) return notFoundResult;
  // Page 1 has one address, the list's own.
  if (segment !== undefined && page === 1) return movedTo(found.base);
  const list = listPage(found.filter, found.base, page);
  if (!list) return notFoundResult;
  const { title, intro, emptyMessage, jsonLd } = found;
  return documentResult(found.metadata(page), { title, intro, list, emptyMessage, jsonLd: page === 1 ? jsonLd : undefined });
}
