import type { z } from 'zod';
import { site } from '../site';
import { checkBody, type CheckedBody } from './body';
import { isIsoWithOffset, newsroomDate } from './dates';
import { parseYaml, splitFrontmatter, type ParsedYaml, type Position } from './frontmatter';
import type { ContentProblem } from './problems';
import {
  articleFrontmatterSchema,
  authorsFileSchema,
  correctionSchema,
  heroImageSchema,
  sectionsFileSchema,
  type ArticleFrontmatter,
  type Author,
  type Correction,
  type Section,
} from './schema';

/**
 * The check of one file on its own: everything that can be said about an article
 * without looking at any other file. Its result depends only on the file's bytes,
 * so the content store keeps it by their hash and a later run reuses it; what
 * needs other files (ids, URLs, authors, images, links) is checked over the
 * stored rows (lib/content/store/cross-checks.ts).
 */

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
  /** File relative to the content root, e.g. articles/kadhimi-survives-drone-attack.mdx */
  file: string;
  wordCount: number;
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

/**
 * The order in which a check of the whole tree finds problems. Problems are
 * reported sorted by file, line, column and field; two at the same place keep
 * this order, whichever run (full or incremental) found them.
 */
export const PHASE = {
  /** The file's own YAML, schema and body. */
  parse: 0,
  /** Authors, section and images the article names. */
  references: 1,
  /** Editorial warnings and placeholders. */
  editorial: 2,
  duplicateId: 3,
  duplicateUrl: 4,
  /** related, <AlsoRead> and links in the body. */
  links: 5,
  redirects: 6,
  front: 7,
} as const;

/** A problem of one file, before the file's path is put in front of it. */
export type FileProblem = Omit<ContentProblem, 'file'> & { phase: number };

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

type Found = Omit<ContentProblem, 'file'>;

/** Turns zod's issues into problems an editor can act on, each with its line. */
function zodProblems(error: z.ZodError, yaml: ParsedYaml, keysAt: (path: readonly PropertyKey[]) => string[] | undefined): Found[] {
  const out: Found[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const known = keysAt(issue.path) ?? [];
        const guess = closest(key, known);
        out.push({
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
      ...yaml.locate(issue.path),
      field: fieldName(issue.path),
      message: missing ? 'required' : issue.message,
      severity: 'error',
    });
  }
  return out;
}

/** An article whose frontmatter passed its schema, with what the cross-file checks need. */
export interface ParsedArticle {
  frontmatter: ArticleFrontmatter;
  body: CheckedBody;
  /** Where fields are written, so a problem found by another file's check can point at them. */
  at: {
    id: Position;
    slug: Position;
    section: Position;
    heroSrc: Position;
    authors: Position[];
    related: Position[];
    redirectFrom: Position[];
  };
}

export interface ArticleCheck {
  problems: FileProblem[];
  /**
   * Ids and slugs written in a file whose frontmatter could not be read: others
   * may still name them, and one broken file should be reported once, not again
   * by every neighbour.
   */
  brokenKeys: string[];
  /** The URL the article would have, when its frontmatter fails but says enough (for `next dev`). */
  guessedPath?: string;
  /** Present when the frontmatter passed its schema (even if the body has problems). */
  article?: ParsedArticle;
  /** The body as plain text, for search. */
  bodyText: string;
}

function brokenKeys(yamlText: string): string[] {
  const keys: string[] = [];
  for (const key of ['id', 'slug']) {
    const value = new RegExp(`^${key}:[ \\t]*["']?([a-z0-9-]+)`, 'm').exec(yamlText)?.[1];
    if (value) keys.push(value);
  }
  return keys;
}

/** Checks one article file on its own and reports every problem in it at once. */
export function checkArticle(text: string, toPlainText: (markdown: string) => string): ArticleCheck {
  const split = splitFrontmatter(text);
  if (split.yaml === undefined) {
    return {
      problems: [{ line: 1, column: 1, field: '(frontmatter)', message: 'missing: the file must start with a --- fenced YAML block', severity: 'error', phase: PHASE.parse }],
      brokenKeys: [],
      bodyText: '',
    };
  }
  const problems: FileProblem[] = [];
  const yaml = parseYaml(split.yaml, 2);
  for (const e of yaml.syntaxErrors) problems.push({ ...e.position, field: '(frontmatter)', message: e.message, severity: 'error', phase: PHASE.parse });
  const body = checkBody(split.body, split.bodyLine);
  for (const p of body.problems) problems.push({ ...p.position, field: p.field, message: p.message, severity: 'error', phase: PHASE.parse });
  const bodyText = toPlainText(split.body);
  if (yaml.syntaxErrors.length) return { problems, brokenKeys: brokenKeys(split.yaml), bodyText };

  const result = articleFrontmatterSchema.safeParse(yaml.data, { reportInput: true });
  if (!result.success) {
    for (const p of zodProblems(result.error, yaml, keysAtPath)) problems.push({ ...p, phase: PHASE.parse });
    return { problems, brokenKeys: brokenKeys(split.yaml), guessedPath: guessPath(yaml.data), bodyText };
  }
  const fm = result.data;
  const at = (...path: PropertyKey[]): Position => yaml.locate(path);
  const placeholderAt = split.body.indexOf(PLACEHOLDER);
  const placeholderLine = placeholderAt < 0 ? undefined : split.bodyLine + (split.body.slice(0, placeholderAt).match(/\n/g)?.length ?? 0);
  problems.push(...editorialWarnings(fm, at, body, placeholderLine));
  return {
    problems,
    brokenKeys: [],
    bodyText,
    article: {
      frontmatter: fm,
      body,
      at: {
        id: at('id'),
        slug: at('slug'),
        section: at('section'),
        heroSrc: at('image', 'src'),
        authors: fm.authors.map((_, i) => at('authors', i)),
        related: fm.related.map((_, i) => at('related', i)),
        redirectFrom: fm.redirectFrom.map((_, i) => at('redirectFrom', i)),
      },
    },
  };
}

export interface DataFiles {
  /** Undefined when authors.yaml is missing or has errors: then no article is told its author is unknown. */
  authors?: Author[];
  sections?: Section[];
  /** Problems of the two files, with paths relative to the content root. */
  problems: ContentProblem[];
}

function parseDataFile<T>(
  read: (name: string) => string | undefined,
  name: string,
  schema: z.ZodType<T>,
  itemKeys: string[],
  problems: ContentProblem[],
): { items: T; yaml: ParsedYaml } | undefined {
  const text = read(name);
  if (text === undefined) {
    problems.push({ file: name, field: '(file)', message: `is missing: ${name} must exist in the content folder`, severity: 'error' });
    return undefined;
  }
  const yaml = parseYaml(text.replace(/\r\n?/g, '\n'));
  for (const e of yaml.syntaxErrors) {
    problems.push({ file: name, ...e.position, field: '(yaml)', message: e.message, severity: 'error' });
  }
  if (yaml.syntaxErrors.length) return undefined;
  const parsed = schema.safeParse(yaml.data, { reportInput: true });
  if (!parsed.success) {
    for (const p of zodProblems(parsed.error, yaml, (path) => (path.length === 1 ? itemKeys : undefined))) problems.push({ file: name, ...p });
    return undefined;
  }
  return { items: parsed.data, yaml };
}

/** Checks authors.yaml and sections.yaml, the lists every article refers to. */
export function checkDataFiles(read: (name: string) => string | undefined): DataFiles {
  const problems: ContentProblem[] = [];
  const authorsData = parseDataFile(read, 'authors.yaml', authorsFileSchema, ['id', 'name', 'kind', 'bio'], problems);
  const sectionsData = parseDataFile(read, 'sections.yaml', sectionsFileSchema, ['id', 'name', 'description'], problems);
  const authors = authorsData?.items ?? [];
  const sections = sectionsData?.items ?? [];
  authors.forEach((author, i) => {
    if (authors.findIndex((a) => a.id === author.id) !== i) {
      problems.push({ file: 'authors.yaml', ...authorsData?.yaml.locate([i, 'id']), field: `[${i}].id`, message: `"${author.id}" is used by more than one author`, severity: 'error' });
    }
  });
  sections.forEach((section, i) => {
    const pos = sectionsData?.yaml.locate([i, 'id']);
    if (site.reservedSegments.includes(section.id)) {
      problems.push({ file: 'sections.yaml', ...pos, field: `[${i}].id`, message: `"${section.id}" is a route of the site itself (reserved: ${site.reservedSegments.join(', ')})`, severity: 'error' });
    }
    if (sections.findIndex((s) => s.id === section.id) !== i) {
      problems.push({ file: 'sections.yaml', ...pos, field: `[${i}].id`, message: `"${section.id}" is used by more than one section`, severity: 'error' });
    }
  });
  return { authors: authorsData?.items, sections: sectionsData?.items, problems };
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
function editorialWarnings(fm: ArticleFrontmatter, at: Locate, body: CheckedBody, placeholderLine: number | undefined): FileProblem[] {
  const out: FileProblem[] = [];
  const phase = PHASE.editorial;
  const warn = (position: Position, field: string, message: string) => out.push({ ...position, field, message, severity: 'warning', phase });
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
      out.push({ ...at(...path), field, message: `still holds the placeholder from \`npm run new\`; replace it, or keep \`draft: true\``, severity: 'error', phase });
    }
    if (placeholderLine !== undefined) {
      out.push({ line: placeholderLine, column: 1, field: 'body', message: `still holds the placeholder "${PLACEHOLDER}"; replace it, or keep \`draft: true\``, severity: 'error', phase });
    }
  }
  return out;
}
