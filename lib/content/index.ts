import path from 'node:path';
import type { Root } from 'mdast';
import { parseBody } from './body';
import { bodyCheckCacheFile, trustBodyChecks } from './body-cache';
import { buildIndex, type ArticleSummary, type ContentIndex } from './build';
import { splitFrontmatter } from './frontmatter';
import { ContentError, formatReport } from './problems';
import { RELATED_LIMIT, rankRelated } from './related';
import { directorySource, publicImageResolver, type ContentSource, type ImageInfo, type ImageResolver } from './source';

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
  // Build workers and servers reuse the checks `npm run build` recorded; `next dev` checks everything.
  if (!loaded && process.env.NODE_ENV === 'production') trustBodyChecks(bodyCheckCacheFile());
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
