import path from 'node:path';
import type { Root } from 'mdast';
import { parseBody } from './body';
import { buildIndex, type ArticleSummary, type ContentIndex } from './build';
import { splitFrontmatter } from './frontmatter';
import { ContentError, formatReport } from './problems';
import { RELATED_LIMIT, rankRelated } from './related';
import { directorySource, publicImageResolver, type ContentSource, type ImageInfo, type ImageResolver } from './source';
import { FRONT_FILE, parseFrontConfig, type FrontConfig } from '../front/frontConfig';
import type { SearchDocument } from '../search/searchIndex';
import { markdownToText } from '../search/tokenize';
import type { Author, Section } from './schema';
import type { Tag } from './build';

/**
 * The one gateway between the app and content/. Routes, metadata, sitemaps and
 * feeds all ask this module, so every output agrees. The index is built once
 * per process (again on each request in `next dev`, so edits show at once).
 */

export type { ArticleSummary, ContentIndex, HeroImage, Tag } from './build';
export type { Author, Section } from './schema';

export interface Article extends ArticleSummary {
  body: Root;
}

/** CONTENT_DIR points the site at another content tree, e.g. a generated newsroom. */
export function contentDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

interface Loaded {
  index: ContentIndex;
  source: ContentSource;
  images: ImageResolver;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded && process.env.NODE_ENV !== 'development') return loaded;
  const source = directorySource(contentDirectory());
  const images = publicImageResolver(path.join(/*turbopackIgnore: true*/ process.cwd(), 'public'));
  const { index, problems } = buildIndex(source, images);
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  if (problems.length && !loaded) console.warn(formatReport(problems));
  loaded = { index, source, images };
  return loaded;
}

export function getIndex(): ContentIndex {
  return load().index;
}

export interface ListOptions {
  section?: string;
  tag?: string;
  author?: string;
  offset?: number;
  limit?: number;
}

/** Summaries, newest first, without bodies. */
export function listArticles(options: ListOptions = {}): ArticleSummary[] {
  const index = getIndex();
  let list: ArticleSummary[];
  if (options.section) list = ids(index, index.bySection.get(options.section));
  else if (options.tag) list = ids(index, index.byTag.get(options.tag));
  else list = index.articles;
  if (options.author) list = list.filter((a) => a.authors.some((au) => au.id === options.author));
  const offset = options.offset ?? 0;
  return list.slice(offset, options.limit === undefined ? undefined : offset + options.limit);
}

function ids(index: ContentIndex, list: string[] | undefined): ArticleSummary[] {
  return (list ?? []).map((id) => index.byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);
}

export function getArticleSummary(id: string): ArticleSummary | undefined {
  return getIndex().byId.get(id);
}

/** The article at a site path such as /middle-east/2021/11/07/slug, with its body. */
export function getArticleByPath(sitePath: string): Article | undefined {
  const { index, source } = load();
  const summary = index.byPath.get(sitePath);
  if (!summary) return undefined;
  const text = source.read(summary.file);
  if (text === undefined) return undefined;
  return { ...summary, body: parseBody(splitFrontmatter(text).body, summary.bodyLine) };
}

export function relatedTo(article: ArticleSummary, limit = RELATED_LIMIT): ArticleSummary[] {
  return rankRelated(getIndex(), article, limit);
}

export function getSections() {
  return getIndex().sections;
}

/** Width and height of an image under public/, read from the file. */
export function getImageInfo(src: string): ImageInfo | undefined {
  return load().images(src);
}

/** How many stories a list has, for pagination; same options as listArticles. */
export function countArticles(options: Omit<ListOptions, 'offset' | 'limit'> = {}): number {
  return listArticles(options).length;
}

export function getSection(id: string): Section | undefined {
  return getIndex().sectionById.get(id);
}

export function getAuthor(id: string): Author | undefined {
  return getIndex().authorById.get(id);
}

export function getAuthors(): Author[] {
  return getIndex().authors;
}

/** A tag by its URL slug ("kataib-hezbollah"). */
export function getTag(slug: string): Tag | undefined {
  return getIndex().tags.get(slug);
}

/** Every tag in use, with how many stories carry it, most used first. */
export function listTags(): { tag: Tag; count: number }[] {
  const index = getIndex();
  return [...index.tags.values()]
    .map((tag) => ({ tag, count: index.byTag.get(tag.slug)?.length ?? 0 }))
    .sort((a, b) => b.count - a.count || a.tag.name.localeCompare(b.tag.name));
}

const frontConfigs = new WeakMap<ContentIndex, FrontConfig>();

/** The editors' running order for the front page (content/front.yaml), checked against the articles. */
export function getFrontConfig(): FrontConfig {
  const { index, source } = load();
  const cached = frontConfigs.get(index);
  if (cached) return cached;
  const { config, problems } = parseFrontConfig(source.read(FRONT_FILE), `${source.label}/${FRONT_FILE}`, new Set(index.byId.keys()));
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  frontConfigs.set(index, config);
  return config;
}

/** Headline, standfirst and plain body text of every story, newest first, for the search index. */
export function* listSearchDocuments(): Generator<SearchDocument> {
  const { index, source } = load();
  for (const a of index.articles) {
    const text = source.read(a.file);
    yield {
      id: a.id,
      headline: a.headline,
      standfirst: a.standfirst,
      body: text === undefined ? '' : markdownToText(splitFrontmatter(text).body),
      publishedAt: a.publishedAt,
    };
  }
}
