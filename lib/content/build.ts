import type { z } from 'zod';
import { site } from '../site';
import { checkBodyFacts } from './body-cache';
import { newsroomDate } from './dates';
import { parseYaml, splitFrontmatter, type ParsedYaml, type Position } from './frontmatter';
import { sortProblems, type ContentProblem } from './problems';
import {
  articleFrontmatterSchema,
  authorsFileSchema,
  heroImageSchema,
  sectionsFileSchema,
  slugify,
  type ArticleFrontmatter,
  type Author,
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
  authors: Author[];
  section: Section;
  tags: Tag[];
  image: HeroImage;
  /** Ids from the frontmatter's `related`, in the editor's order. */
  related: string[];
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

export interface BuildResult {
  index: ContentIndex;
  problems: ContentProblem[];
}

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
};

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

/**
 * Reads and checks the whole content tree in one pass and reports every
 * problem at once. The index it returns is only safe to publish when no
 * problem is an error.
 */
export function buildIndex(source: ContentSource, resolveImage: ImageResolver): BuildResult {
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
      problems.push(...zodProblems(file, result.error, yaml, (path) => knownKeys[path.join('.')]));
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
    }
    for (const ref of checked.images) {
      if (!resolveImage(ref.value)) {
        problems.push({ file, ...ref.position, field: '<Figure> src', message: `no image at public${ref.value}`, severity: 'error' });
      }
    }
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
  for (const a of parsed) {
    const fm = a.frontmatter;
    const seen = new Set<string>();
    fm.related.forEach((id, i) => {
      const pos = a.yaml.locate(['related', i]);
      const field = `related[${i}]`;
      if (id === fm.id) problems.push({ file: a.file, ...pos, field, message: 'an article cannot be related to itself', severity: 'error' });
      else if (!ids.has(id) && !brokenIds.has(id)) problems.push({ file: a.file, ...pos, field, message: `unknown article id "${id}"`, severity: 'error' });
      else if (seen.has(id)) problems.push({ file: a.file, ...pos, field, message: `"${id}" is listed twice`, severity: 'error' });
      seen.add(id);
    });
    for (const ref of a.checked.alsoRead) {
      if (ref.value === fm.id) problems.push({ file: a.file, ...ref.position, field: '<AlsoRead> id', message: 'an article cannot point to itself', severity: 'error' });
      else if (!ids.has(ref.value) && !brokenIds.has(ref.value)) problems.push({ file: a.file, ...ref.position, field: '<AlsoRead> id', message: `unknown article id "${ref.value}"`, severity: 'error' });
    }
    for (const ref of a.checked.internalLinks) {
      const target = (ref.value.split(/[?#]/)[0] ?? '').replace(/\/$/, '');
      const first = target.split('/')[1] ?? '';
      const last = target.split('/').pop() ?? '';
      if (sectionById.has(first) && target !== `/${first}` && !paths.has(target) && !brokenIds.has(last)) {
        problems.push({ file: a.file, ...ref.position, field: 'body', message: `link ${ref.value} leads to no article`, severity: 'error' });
      }
    }
  }

  const tags = new Map<string, Tag>();
  const articles: ArticleSummary[] = [];
  if (!problems.some((p) => p.severity === 'error')) {
    for (const a of parsed) {
      const fm = a.frontmatter;
      const articleTags = fm.tags.map((name) => {
        const slug = slugify(name);
        const tag = tags.get(slug) ?? { name, slug };
        tags.set(slug, tag);
        return tag;
      });
      articles.push({
        id: fm.id,
        slug: fm.slug ?? fm.id,
        headline: fm.headline,
        standfirst: fm.standfirst,
        publishedAt: fm.publishedAt,
        updatedAt: fm.updatedAt,
        authors: fm.authors.map((id) => authorById.get(id)).filter((x): x is Author => x !== undefined),
        section: sectionById.get(fm.section) ?? { id: fm.section, name: fm.section },
        tags: articleTags.filter((t, i) => articleTags.findIndex((u) => u.slug === t.slug) === i),
        image: { ...fm.image, width: a.image?.width ?? 0, height: a.image?.height ?? 0 },
        related: fm.related,
        path: pathOf(a),
        file: a.file.slice(label.length + 1),
        bodyLine: a.bodyLine,
        wordCount: a.checked.wordCount,
      });
    }
  }
  articles.sort((x, y) => Date.parse(y.publishedAt) - Date.parse(x.publishedAt) || x.id.localeCompare(y.id));

  const byTag = new Map<string, string[]>();
  const bySection = new Map<string, string[]>(sections.map((s) => [s.id, []]));
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const article of articles) {
    add(bySection, article.section.id, article.id);
    for (const tag of article.tags) add(byTag, tag.slug, article.id);
  }
  return {
    index: {
      articles,
      byId: new Map(articles.map((a) => [a.id, a])),
      byPath: new Map(articles.map((a) => [a.path, a])),
      sections,
      sectionById,
      authors,
      authorById,
      byTag,
      bySection,
      tags,
    },
    problems: sortProblems(problems),
  };
}
