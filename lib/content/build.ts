import type { z } from 'zod';
import { site } from '../site';
import type { BodyFacts } from './body-cache';
import { now } from '../clock';
import { isIsoWithOffset, newsroomDate } from './dates';
import { checkBodyFacts } from './body-cache';
import { parseYaml, splitFrontmatter, type ParsedYaml, type Position } from './frontmatter';
import { typeset } from './typography';
import { sortProblems, type ContentProblem } from './problems';
import {
  articleFrontmatterSchema,
  authorsFileSchema,
  correctionSchema,
  heroImageSchema,
  sectionsFileSchema,
  slugify,
  type ArticleFrontmatter,
  type Author,
  type Correction,
  type Section,
} from './schema';
import type { ContentSource, ImageInfo, ImageResolver } from './source';

export interface Tag {
  name: string;
  slug: string;
}

export interface HeroImage {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  creditUrl?: string;
  width: number;
  height: number;
}

/** Everything about an article except its body: what lists, feeds and metadata need. */
export interface ArticleSummary {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: string;
  updatedAt?: string;
  /** What changed at updatedAt, shown after "Updated …". */
  updateNote?: string;
  /** Drafts never reach production; the gateway filters them out. */
  draft: boolean;
  /** Newest first. */
  corrections: Correction[];
  authors: Author[];
  section: Section;
  tags: Tag[];
  image: HeroImage;
  /** Ids from the frontmatter's `related`, in the editor's order. */
  related: string[];
  /** Former site paths that redirect (308) here. */
  redirectFrom?: string[];
  /** Site path, e.g. /middle-east/2021/11/07/kadhimi-survives-drone-attack */
  path: string;
  /** File relative to the content root, for re-reading the body. */
  file: string;
  /** File line on which the body starts. */
  bodyLine: number;
  wordCount: number;
}

export interface ContentIndex {
  /** Newest first. */
  articles: ArticleSummary[];
  byId: Map<string, ArticleSummary>;
  byPath: Map<string, ArticleSummary>;
  /** Articles by a former path of theirs (redirectFrom); the newest claim wins. */
  byFormerPath: Map<string, ArticleSummary>;
  /** In the editors' order from sections.yaml. */
  sections: Section[];
  sectionById: Map<string, Section>;
  authors: Author[];
  authorById: Map<string, Author>;
  /** Article ids by tag slug, newest first. */
  byTag: Map<string, string[]>;
  /** Article ids by section id, newest first. */
  bySection: Map<string, string[]>;
  tags: Map<string, Tag>;
}

export interface BuildOptions {
  /** The moment links to scheduled articles are judged against; now() by default. */
  at?: Date;
}

export interface BuildResult {
  /** Every article, drafts and scheduled ones included; empty when any problem is an error. */
  index: ContentIndex;
  problems: ContentProblem[];
  /**
   * The articles that have no errors of their own, so `next dev` can keep
   * serving them while an editor fixes another file. Never published.
   */
  preview: ContentIndex;
  /** Site paths of articles with errors (where the path can be worked out), to their file. */
  brokenPaths: Map<string, string>;
}

/** Longest headline and standfirst before the check warns: beyond these they wrap badly and are cut in search results. */
export const HEADLINE_WARN_LENGTH = 110;
export const STANDFIRST_WARN_LENGTH = 300;
/** Narrowest hero image, in pixels: it is shown full width on large screens and in social cards. */
export const HERO_MIN_WIDTH = 1200;
/** What `npm run new` writes for editors to replace; an article with it left in cannot be published. */
export const PLACEHOLDER = 'TO FILL IN';
export const PLACEHOLDER_IMAGE = '/images/placeholder-hero.svg';

export function articlePath(section: string, publishedAt: string, slug: string): string {
  const { year, month, day } = newsroomDate(publishedAt);
  return `/${section}/${year}/${month}/${day}/${slug}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(frontmatter)';
}

function closest(key: string, known: string[]): string | undefined {
  const lower = key.toLowerCase();
  return known.find((k) => k.toLowerCase() === lower || editDistance(k.toLowerCase(), lower) <= 2);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length] ?? 0;
}

const knownKeys: Record<string, string[]> = {
  '': Object.keys(articleFrontmatterSchema.shape),
  image: Object.keys(heroImageSchema.shape),
  corrections: Object.keys(correctionSchema.shape),
};

/** Field names known at a frontmatter path; list items share their list's keys. */
function keysAtPath(path: readonly PropertyKey[]): string[] | undefined {
  return knownKeys[path.filter((segment) => typeof segment !== 'number').join('.')];
}

/** Turns zod's issues into problems an editor can act on, each with its line. */
function zodProblems(
  file: string,
  error: z.ZodError,
  yaml: ParsedYaml,
  keysAt: (path: readonly PropertyKey[]) => string[] | undefined,
): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const known = keysAt(issue.path) ?? [];
        const guess = closest(key, known);
        out.push({
          file,
          ...yaml.locate(path),
          field: fieldName(path),
          message: guess ? `is not a known field; did you mean "${guess}"?` : `is not a known field (known: ${known.join(', ')})`,
          severity: 'error',
        });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    out.push({
      file,
      ...yaml.locate(issue.path),
      field: fieldName(issue.path),
      message: missing ? 'required' : issue.message,
      severity: 'error',
    });
  }
  return out;
}

interface ParsedArticle {
  file: string;
  frontmatter: ArticleFrontmatter;
  yaml: ParsedYaml;
  bodyLine: number;
  image: ImageInfo | undefined;
  checked: ReturnType<typeof checkBodyFacts>;
}

function parseDataFile<T>(
  source: ContentSource,
  name: string,
  schema: z.ZodType<T>,
  itemKeys: string[],
  problems: ContentProblem[],
): { items: T; yaml: ParsedYaml } | undefined {
  const file = `${source.label}/${name}`;
  const text = source.read(name);
  if (text === undefined) {
    problems.push({ file, field: '(file)', message: `is missing: ${name} must exist in the content folder`, severity: 'error' });
    return undefined;
  }
  const yaml = parseYaml(text.replace(/\r\n?/g, '\n'));
  for (const e of yaml.syntaxErrors) {
    problems.push({ file, ...e.position, field: '(yaml)', message: e.message, severity: 'error' });
  }
  if (yaml.syntaxErrors.length) return undefined;
  const parsed = schema.safeParse(yaml.data, { reportInput: true });
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error, yaml, (path) => (path.length === 1 ? itemKeys : undefined)));
    return undefined;
  }
  return { items: parsed.data, yaml };
}

function duplicates<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

/** A former path must not be a live article's URL, nor claimed twice. */
function redirectProblems(parsed: ParsedArticle[], paths: Set<string>, pathOf: (a: ParsedArticle) => string): ContentProblem[] {
  const out: ContentProblem[] = [];
  const claimed = new Map<string, string>();
  for (const a of parsed) {
    a.frontmatter.redirectFrom.forEach((former, i) => {
      const at = { file: a.file, ...a.yaml.locate(['redirectFrom', i]), field: `redirectFrom[${i}]`, severity: 'error' as const };
      const first = former.split('/')[1] ?? '';
      if (former === pathOf(a)) out.push({ ...at, message: 'is this article\'s own URL' });
      else if (paths.has(former)) out.push({ ...at, message: `${former} is the URL of a live article` });
      else if (site.reservedSegments.includes(first)) out.push({ ...at, message: `"${first}" is a route of the site itself` });
      else if (claimed.has(former)) out.push({ ...at, message: `${former} already redirects to ${claimed.get(former)}` });
      claimed.set(former, claimed.get(former) ?? a.file);
    });
  }
  return out;
}

/**
 * Reads and checks the whole content tree in one pass and reports every
 * problem at once. The index it returns is only safe to publish when no
 * problem is an error.
 */
export function buildIndex(source: ContentSource, resolveImage: ImageResolver, options: BuildOptions = {}): BuildResult {
  const checkedAt = (options.at ?? now()).getTime();
  const problems: ContentProblem[] = [];
  const label = source.label;

  const authorsData = parseDataFile(source, 'authors.yaml', authorsFileSchema, ['id', 'name', 'kind', 'bio'], problems);
  const sectionsData = parseDataFile(source, 'sections.yaml', sectionsFileSchema, ['id', 'name', 'description'], problems);
  const authors: Author[] = authorsData?.items ?? [];
  const sections: Section[] = sectionsData?.items ?? [];

  authors.forEach((author, i) => {
    if (authors.findIndex((a) => a.id === author.id) !== i) {
      problems.push({ file: `${label}/authors.yaml`, ...authorsData?.yaml.locate([i, 'id']), field: `[${i}].id`, message: `"${author.id}" is used by more than one author`, severity: 'error' });
    }
  });
  sections.forEach((section, i) => {
    const pos = sectionsData?.yaml.locate([i, 'id']);
    if (site.reservedSegments.includes(section.id)) {
      problems.push({ file: `${label}/sections.yaml`, ...pos, field: `[${i}].id`, message: `"${section.id}" is a route of the site itself (reserved: ${site.reservedSegments.join(', ')})`, severity: 'error' });
    }
    if (sections.findIndex((s) => s.id === section.id) !== i) {
      problems.push({ file: `${label}/sections.yaml`, ...pos, field: `[${i}].id`, message: `"${section.id}" is used by more than one section`, severity: 'error' });
    }
  });
  const authorById = new Map(authors.map((a) => [a.id, a]));
  const sectionById = new Map(sections.map((s) => [s.id, s]));

  const parsed: ParsedArticle[] = [];
  // Ids of articles that failed their own checks: others may still name them,
  // and one broken file should be reported once, not again by every neighbour.
  const brokenIds = new Set<string>();
  const brokenPaths = new Map<string, string>();
  const noteBroken = (text: string) => {
    for (const key of ['id', 'slug']) {
      const value = new RegExp(`^${key}:[ \\t]*["']?([a-z0-9-]+)`, 'm').exec(text)?.[1];
      if (value) brokenIds.add(value);
    }
  };
  for (const relative of source.listArticles()) {
    const file = `${label}/${relative}`;
    const text = source.read(relative) ?? '';
    const split = splitFrontmatter(text);
    if (split.yaml === undefined) {
      problems.push({ file, line: 1, column: 1, field: '(frontmatter)', message: 'missing: the file must start with a --- fenced YAML block', severity: 'error' });
      continue;
    }
    const yaml = parseYaml(split.yaml, 2);
    for (const e of yaml.syntaxErrors) problems.push({ file, ...e.position, field: '(frontmatter)', message: e.message, severity: 'error' });
    const checked = checkBodyFacts(split.body, split.bodyLine);
    for (const p of checked.problems) problems.push({ file, ...p.position, field: p.field, message: p.message, severity: 'error' });
    if (yaml.syntaxErrors.length) {
      noteBroken(split.yaml);
      continue;
    }

    const result = articleFrontmatterSchema.safeParse(yaml.data, { reportInput: true });
    if (!result.success) {
      problems.push(...zodProblems(file, result.error, yaml, keysAtPath));
      const guessed = guessPath(yaml.data);
      if (guessed) brokenPaths.set(guessed, file);
      noteBroken(split.yaml);
      continue;
    }
    const fm = result.data;
    const at = (...path: PropertyKey[]): Position => yaml.locate(path);
    fm.authors.forEach((id, i) => {
      if (!authorById.has(id) && authorsData) {
        problems.push({ file, ...at('authors', i), field: `authors[${i}]`, message: `unknown author "${id}" (not in ${label}/authors.yaml)`, severity: 'error' });
      }
    });
    if (!sectionById.has(fm.section) && sectionsData) {
      problems.push({ file, ...at('section'), field: 'section', message: `unknown section "${fm.section}" (known: ${sections.map((s) => s.id).join(', ')})`, severity: 'error' });
    }
    const image = resolveImage(fm.image.src);
    if (!image) {
      problems.push({ file, ...at('image', 'src'), field: 'image.src', message: `no image at public${fm.image.src}`, severity: 'error' });
    } else if (image.width < HERO_MIN_WIDTH) {
      problems.push({ file, ...at('image', 'src'), field: 'image.src', message: `public${fm.image.src} is ${image.width} px wide; a hero image needs at least ${HERO_MIN_WIDTH} px`, severity: 'error' });
    }
    for (const ref of checked.images) {
      if (!resolveImage(ref.value)) {
        problems.push({ file, ...ref.position, field: '<Figure> src', message: `no image at public${ref.value}`, severity: 'error' });
      }
    }
    const placeholderAt = split.body.indexOf(PLACEHOLDER);
    const placeholderLine = placeholderAt < 0 ? undefined : split.bodyLine + (split.body.slice(0, placeholderAt).match(/\n/g)?.length ?? 0);
    problems.push(...editorialWarnings(file, fm, at, checked, placeholderLine));
    parsed.push({ file, frontmatter: fm, yaml, bodyLine: split.bodyLine, image, checked });
  }

  for (const [id, group] of duplicates(parsed, (a) => a.frontmatter.id)) {
    for (const a of group.slice(1)) {
      problems.push({ file: a.file, ...a.yaml.locate(['id']), field: 'id', message: `"${id}" is already the id of ${group[0]!.file}`, severity: 'error' });
    }
  }
  const pathOf = (a: ParsedArticle) => articlePath(a.frontmatter.section, a.frontmatter.publishedAt, a.frontmatter.slug ?? a.frontmatter.id);
  for (const [url, group] of duplicates(parsed, pathOf)) {
    for (const a of group.slice(1)) {
      problems.push({ file: a.file, ...a.yaml.locate(['slug']), field: 'slug', message: `URL ${url} is already taken by ${group[0]!.file}; give one of them another slug`, severity: 'error' });
    }
  }

  const ids = new Set(parsed.map((a) => a.frontmatter.id));
  const paths = new Set(parsed.map(pathOf));
  const parsedById = new Map(parsed.map((a) => [a.frontmatter.id, a.frontmatter]));
  const parsedByPath = new Map(parsed.map((a) => [pathOf(a), a.frontmatter]));
  /** Why a link from `fm` to `target` would show nothing to readers when `fm` is live, if it would. */
  const unpublishedTarget = (fm: ArticleFrontmatter, target: ArticleFrontmatter | undefined): string | undefined => {
    if (!target || fm.draft) return undefined;
    if (target.draft) return `"${target.id}" is a draft`;
    if (Date.parse(target.publishedAt) > checkedAt) return `"${target.id}" is scheduled for ${target.publishedAt}`;
    return undefined;
  };
  for (const a of parsed) {
    const fm = a.frontmatter;
    const seen = new Set<string>();
    fm.related.forEach((id, i) => {
      const pos = a.yaml.locate(['related', i]);
      const field = `related[${i}]`;
      if (id === fm.id) problems.push({ file: a.file, ...pos, field, message: 'an article cannot be related to itself', severity: 'error' });
      else if (!ids.has(id) && !brokenIds.has(id)) problems.push({ file: a.file, ...pos, field, message: `unknown article id "${id}"`, severity: 'error' });
      else if (seen.has(id)) problems.push({ file: a.file, ...pos, field, message: `"${id}" is listed twice`, severity: 'error' });
      else {
        const why = unpublishedTarget(fm, parsedById.get(id));
        if (why) problems.push({ file: a.file, ...pos, field, message: `${why}: it is left out of related stories until it is published`, severity: 'warning' });
      }
      seen.add(id);
    });
    for (const ref of a.checked.alsoRead) {
      if (ref.value === fm.id) problems.push({ file: a.file, ...ref.position, field: '<AlsoRead> id', message: 'an article cannot point to itself', severity: 'error' });
      else if (!ids.has(ref.value) && !brokenIds.has(ref.value)) problems.push({ file: a.file, ...ref.position, field: '<AlsoRead> id', message: `unknown article id "${ref.value}"`, severity: 'error' });
      else {
        const why = unpublishedTarget(fm, parsedById.get(ref.value));
        if (why) problems.push({ file: a.file, ...ref.position, field: '<AlsoRead> id', message: `${why}: the link shows nothing until it is published`, severity: 'warning' });
      }
    }
    for (const ref of a.checked.internalLinks) {
      const target = (ref.value.split(/[?#]/)[0] ?? '').replace(/\/$/, '');
      const first = target.split('/')[1] ?? '';
      const last = target.split('/').pop() ?? '';
      if (sectionById.has(first) && target !== `/${first}` && !paths.has(target) && !brokenIds.has(last)) {
        problems.push({ file: a.file, ...ref.position, field: 'body', message: `link ${ref.value} leads to no article`, severity: 'error' });
      } else {
        const why = unpublishedTarget(fm, parsedByPath.get(target));
        if (why) problems.push({ file: a.file, ...ref.position, field: 'body', message: `link ${ref.value}: ${why}, so readers get "not found" until it is published`, severity: 'warning' });
      }
    }
  }

  problems.push(...redirectProblems(parsed, paths, pathOf));

  const errorFiles = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  for (const a of parsed) if (errorFiles.has(a.file)) brokenPaths.set(pathOf(a), a.file);
  const context = { authorById, sectionById, sections, authors, label, pathOf };
  const preview = assemble(parsed.filter((a) => !errorFiles.has(a.file)), context);
  return {
    index: errorFiles.size ? assemble([], context) : preview,
    preview,
    brokenPaths,
    problems: sortProblems(problems),
  };
}

interface AssembleContext {
  authorById: Map<string, Author>;
  sectionById: Map<string, Section>;
  sections: Section[];
  authors: Author[];
  label: string;
  pathOf: (a: ParsedArticle) => string;
}

function assemble(parsed: ParsedArticle[], { authorById, sectionById, sections, authors, label, pathOf }: AssembleContext): ContentIndex {
  const tags = new Map<string, Tag>();
  const articles: ArticleSummary[] = parsed.map((a) => {
    const fm = a.frontmatter;
    const articleTags = fm.tags.map((name) => {
      const slug = slugify(name);
      const tag = tags.get(slug) ?? { name, slug };
      tags.set(slug, tag);
      return tag;
    });
    return {
      id: fm.id,
      slug: fm.slug ?? fm.id,
      headline: typeset(fm.headline),
      standfirst: typeset(fm.standfirst),
      publishedAt: fm.publishedAt,
      updatedAt: fm.updatedAt,
      updateNote: fm.updateNote,
      draft: fm.draft,
      corrections: [...fm.corrections].sort((x, y) => Date.parse(y.date) - Date.parse(x.date)),
      authors: fm.authors.map((id) => authorById.get(id)).filter((x): x is Author => x !== undefined),
      section: sectionById.get(fm.section) ?? { id: fm.section, name: fm.section },
      tags: articleTags.filter((t, i) => articleTags.findIndex((u) => u.slug === t.slug) === i),
      image: { ...fm.image, caption: typeset(fm.image.caption), width: a.image?.width ?? 0, height: a.image?.height ?? 0 },
      related: fm.related,
      redirectFrom: fm.redirectFrom,
      path: pathOf(a),
      file: a.file.slice(label.length + 1),
      bodyLine: a.bodyLine,
      wordCount: a.checked.wordCount,
    };
  });
  articles.sort((x, y) => Date.parse(y.publishedAt) - Date.parse(x.publishedAt) || x.id.localeCompare(y.id));
  return indexOf(articles, { sections, sectionById, authors, authorById, tags });
}

/** The lookup maps over a newest-first list of articles; the gateway uses it for the published view too. */
export function indexOf(
  articles: ArticleSummary[],
  base: Pick<ContentIndex, 'sections' | 'sectionById' | 'authors' | 'authorById'> & { tags?: Map<string, Tag> },
): ContentIndex {
  const byTag = new Map<string, string[]>();
  const bySection = new Map<string, string[]>(base.sections.map((s) => [s.id, []]));
  const tags = new Map<string, Tag>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  const byFormerPath = new Map<string, ArticleSummary>();
  for (const article of articles) {
    add(bySection, article.section.id, article.id);
    for (const former of article.redirectFrom ?? []) if (!byFormerPath.has(former)) byFormerPath.set(former, article);
    for (const tag of article.tags) {
      add(byTag, tag.slug, article.id);
      if (!tags.has(tag.slug)) tags.set(tag.slug, base.tags?.get(tag.slug) ?? tag);
    }
  }
  return {
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    byPath: new Map(articles.map((a) => [a.path, a])),
    byFormerPath,
    sections: base.sections,
    sectionById: base.sectionById,
    authors: base.authors,
    authorById: base.authorById,
    byTag,
    bySection,
    tags,
  };
}

/** The URL a broken article would have, from whatever of its frontmatter is usable. */
function guessPath(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const field = (key: string): string | undefined => {
    const value: unknown = Reflect.get(data, key);
    return typeof value === 'string' && value ? value : undefined;
  };
  const section = field('section');
  const publishedAt = field('publishedAt');
  const slug = field('slug') ?? field('id');
  if (!section || !publishedAt || !slug || !isIsoWithOffset(publishedAt)) return undefined;
  return articlePath(section, publishedAt, slug);
}

type Locate = (...path: PropertyKey[]) => Position;

/** Problems a newsroom would flag but still let through: each a warning, except placeholders left in a live article. */
function editorialWarnings(file: string, fm: ArticleFrontmatter, at: Locate, body: BodyFacts, placeholderLine: number | undefined): ContentProblem[] {
  const out: ContentProblem[] = [];
  const warn = (position: Position, field: string, message: string) => out.push({ file, ...position, field, message, severity: 'warning' });
  if (fm.headline.length > HEADLINE_WARN_LENGTH) {
    warn(at('headline'), 'headline', `is ${fm.headline.length} characters; keep it within ${HEADLINE_WARN_LENGTH} so it does not wrap past three lines or get cut in search results`);
  }
  if (fm.standfirst.length > STANDFIRST_WARN_LENGTH) {
    warn(at('standfirst'), 'standfirst', `is ${fm.standfirst.length} characters; keep it within ${STANDFIRST_WARN_LENGTH}`);
  }
  const sameText = (x: string, y: string) => x.trim().toLowerCase() === y.trim().toLowerCase();
  if (sameText(fm.image.alt, fm.image.caption)) {
    warn(at('image', 'alt'), 'image.alt', 'is the same as the caption, so screen readers read it twice; describe what the image shows instead');
  }
  for (const figure of body.figures) {
    if (figure.alt && figure.caption && sameText(figure.alt, figure.caption)) {
      warn(figure.position, '<Figure> alt', 'is the same as the caption, so screen readers read it twice; describe what the image shows instead');
    }
  }
  if (!fm.draft) {
    const leftIn: [PropertyKey[], string][] = [];
    if (fm.headline.includes(PLACEHOLDER)) leftIn.push([['headline'], 'headline']);
    if (fm.standfirst.includes(PLACEHOLDER)) leftIn.push([['standfirst'], 'standfirst']);
    for (const key of ['alt', 'caption', 'credit'] as const) {
      if (fm.image[key].includes(PLACEHOLDER)) leftIn.push([['image', key], `image.${key}`]);
    }
    if (fm.image.src === PLACEHOLDER_IMAGE) leftIn.push([['image', 'src'], 'image.src']);
    for (const [path, field] of leftIn) {
      out.push({ file, ...at(...path), field, message: `still holds the placeholder from \`npm run new\`; replace it, or keep \`draft: true\``, severity: 'error' });
    }
    if (placeholderLine !== undefined) {
      out.push({ file, line: placeholderLine, column: 1, field: 'body', message: `still holds the placeholder "${PLACEHOLDER}"; replace it, or keep \`draft: true\``, severity: 'error' });
    }
  }
  return out;
}
