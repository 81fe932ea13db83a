import { articlePath, editionPath } from '../../site/paths';
import { defaultEdition, editionOf, type Edition } from '../../site/editions';
import { bidiControlIn, textDirection } from './direction';
import { checkBody, type CheckedBody } from './body';
import { isIsoWithOffset, newsroomDate } from '../../site/dates';
import type { z } from 'zod';
import { parseYaml, splitFrontmatter, type Position } from './frontmatter';
import { PHASE, type FileProblem } from './problems';
import { zodProblems } from './zod-problems';
import { isTitleCase, TITLE_CASE_MESSAGE } from './headline-case';
import { captionRepeatsCredit, CREDIT_TWICE_MESSAGE, figureWarnings } from './figures';
import { liveBlogFrontmatterSchema, type LiveFields } from '../live/schema';
import { endsLikeLiveHeadline, LIVE_HEADLINE_ENDINGS } from '../live/model';
import { articleFrontmatterSchema, correctionSchema, heroImageSchema, PLACEHOLDER, PLACEHOLDER_IMAGE, type ArticleFrontmatter, type Author, type Correction, type Section } from './schema';

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
  /** Taken down: its address answers 410 Gone, and it is in no list (stored as a draft too). */
  takedown?: { at: string; by: string; reason: string };
  /** Site path, e.g. /middle-east/2021/11/07/kadhimi-survives-drone-attack */
  path: string;
  /** File relative to the content root, e.g. articles/kadhimi-survives-drone-attack.mdx */
  file: string;
  wordCount: number;
  /** A live blog: whether coverage goes on, and its newest update, for every card that shows it. */
  live?: LiveCard;
}

interface LiveCard {
  status: 'live' | 'ended';
  /** When coverage ended. */
  closedAt?: string;
  /** The newest update readers can see. */
  latestUpdateAt?: string;
}

/** Longest headline and standfirst before the check warns: beyond these they wrap badly and are cut in search results. */
export const HEADLINE_WARN_LENGTH = 110;
export const STANDFIRST_WARN_LENGTH = 300;
/** Narrowest hero image, in pixels: it is shown full width on large screens and in social cards. */
export const HERO_MIN_WIDTH = 1200;

/** The address of an article in `section`, dated in its edition's newsroom's time zone, under the edition's prefix. */
export function articlePathOf(section: string, publishedAt: string, slug: string, edition: Edition = defaultEdition): string {
  return editionPath(edition, articlePath({ section, ...newsroomDate(publishedAt, edition.timeZone), slug }));
}

/** The edition a story's frontmatter declares; the default one when it declares none (or one the site lacks, which its schema refuses). */
export function declaredEdition(lang: string | undefined): Edition {
  return (lang === undefined ? undefined : editionOf(lang)) ?? defaultEdition;
}


/** A story file: an article, or a live blog's index.mdx (an article's frontmatter with the coverage fields). */
export type StoryKind = 'article' | 'live';

const knownKeys: Record<string, string[]> = {
  image: Object.keys(heroImageSchema.shape),
  corrections: Object.keys(correctionSchema.shape),
};
const topKeys: Record<StoryKind, string[]> = { article: Object.keys(articleFrontmatterSchema.shape), live: Object.keys(liveBlogFrontmatterSchema.shape) };

/** Field names known at a frontmatter path; list items share their list's keys. */
const keysAtPath = (kind: StoryKind) => (path: readonly PropertyKey[]) => {
  const at = path.filter((segment) => typeof segment !== 'number').join('.');
  return at ? knownKeys[at] : topKeys[kind];
};

type Parsed = { frontmatter: ArticleFrontmatter; live?: LiveFields } | { error: z.ZodError };

/** The frontmatter by its kind's schema; a live blog's coverage fields apart from what it shares with articles. */
function parseFrontmatter(data: unknown, kind: StoryKind): Parsed {
  if (kind === 'article') {
    const result = articleFrontmatterSchema.safeParse(data, { reportInput: true });
    return result.success ? { frontmatter: result.data } : { error: result.error };
  }
  const result = liveBlogFrontmatterSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { error: result.error };
  const { closedAt, keyPoints, pinned, ...frontmatter } = result.data;
  return { frontmatter, live: { keyPoints, ...(closedAt === undefined ? {} : { closedAt }), ...(pinned === undefined ? {} : { pinned }) } };
}

/** An article whose frontmatter passed its schema, with what the cross-file checks need. */
interface ParsedArticle {
  frontmatter: ArticleFrontmatter;
  /** A live blog's coverage fields, with where `pinned` is written. */
  live?: LiveFields & { pinnedAt: Position };
  body: CheckedBody;
  /** Where fields are written, so a problem found by another file's check can point at them. */
  at: {
    id: Position;
    slug: Position;
    section: Position;
    edition: Position;
    translationOf: Position;
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

const LIVE_HEADLINE_MESSAGE = `ends as the site ends a live blog's headline: it adds "– ${LIVE_HEADLINE_ENDINGS.live}" while coverage goes on and "– ${LIVE_HEADLINE_ENDINGS.ended}" once it ends; leave the ending out`;

/** Checks one article file (or live blog's index.mdx) on its own and reports every problem in it at once. */
export function checkArticle(text: string, toPlainText: (markdown: string) => string, kind: StoryKind = 'article'): ArticleCheck {
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

  const result = parseFrontmatter(yaml.data, kind);
  if ('error' in result) {
    for (const p of zodProblems(result.error, yaml, keysAtPath(kind))) problems.push({ ...p, phase: PHASE.parse });
    return { problems, brokenKeys: brokenKeys(split.yaml), guessedPath: guessPath(yaml.data), bodyText };
  }
  const fm = result.frontmatter;
  const at = (...path: PropertyKey[]): Position => yaml.locate(path);
  const placeholderAt = split.body.indexOf(PLACEHOLDER);
  const placeholderLine = placeholderAt < 0 ? undefined : split.bodyLine + (split.body.slice(0, placeholderAt).match(/\n/g)?.length ?? 0);
  problems.push(...editorialWarnings(fm, at, body, placeholderLine));
  problems.push(...directionProblems(fm, at, split.body, split.bodyLine));
  if (result.live && endsLikeLiveHeadline(fm.headline)) {
    problems.push({ ...at('headline'), field: 'headline', message: LIVE_HEADLINE_MESSAGE, severity: 'warning', phase: PHASE.editorial });
  }
  if (!fm.draft) {
    result.live?.keyPoints.forEach((point, i) => {
      if (point.includes(PLACEHOLDER)) problems.push({ ...at('keyPoints', i), field: `keyPoints[${i}]`, message: 'still holds the placeholder from `npm run new`; replace it, or keep `draft: true`', severity: 'error', phase: PHASE.editorial });
    });
  }
  return {
    problems,
    brokenKeys: [],
    bodyText,
    article: {
      frontmatter: fm,
      ...(result.live ? { live: { ...result.live, pinnedAt: at('pinned') } } : {}),
      body,
      at: {
        id: at('id'),
        slug: at('slug'),
        section: at('section'),
        edition: at('edition'),
        translationOf: at('translationOf'),
        heroSrc: at('image', 'src'),
        authors: fm.authors.map((_, i) => at('authors', i)),
        related: fm.related.map((_, i) => at('related', i)),
        redirectFrom: fm.redirectFrom.map((_, i) => at('redirectFrom', i)),
      },
    },
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
  return articlePathOf(section, publishedAt, slug, declaredEdition(field('edition')));
}

type Locate = (...path: PropertyKey[]) => Position;

const DIRECTION_NAMES = { ltr: 'left to right', rtl: 'right to left' } as const;

/**
 * Text that runs against its edition (an English headline in the Arabic edition, or an Arabic
 * one without `edition: ar`), and bidirectional controls anywhere in the story: each error, as
 * the page would lay the text out the wrong way.
 */
function directionProblems(fm: ArticleFrontmatter, at: Locate, markdown: string, bodyLine: number): FileProblem[] {
  const out: FileProblem[] = [];
  const edition = declaredEdition(fm.edition);
  const phase = PHASE.editorial;
  // What `npm run new` leaves to fill in is in no edition's language.
  const runs = textDirection([fm.headline, fm.standfirst].filter((text) => !text.includes(PLACEHOLDER)).join(' '));
  if (runs !== undefined && runs !== edition.dir) {
    const fix = edition.lang === defaultEdition.lang ? `if the story belongs to another edition, say so (e.g. \`edition: ar\`) and keep it in that edition's folder` : `write it in the edition's language, or file it in the edition it is written for`;
    out.push({ ...at('headline'), field: 'headline', message: `runs ${DIRECTION_NAMES[runs]}, but the ${edition.name} edition (${edition.lang}) is read ${DIRECTION_NAMES[edition.dir]}: ${fix}`, severity: 'error', phase });
  }
  const controlMessage = (code: string) => `holds the bidirectional control ${code}, which reorders the text around it; delete it: the page sets each text's direction itself`;
  for (const field of ['headline', 'standfirst'] as const) {
    const found = bidiControlIn(fm[field]);
    if (found) out.push({ ...at(field), field, message: controlMessage(found.code), severity: 'error', phase });
  }
  const inBody = bidiControlIn(markdown);
  if (inBody) {
    const line = bodyLine + (markdown.slice(0, inBody.index).match(/\n/g)?.length ?? 0);
    out.push({ line, column: 1, field: 'body', message: controlMessage(inBody.code), severity: 'error', phase });
  }
  return out;
}

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
  if (isTitleCase(fm.headline)) warn(at('headline'), 'headline', TITLE_CASE_MESSAGE);
  const sameText = (x: string, y: string) => x.trim().toLowerCase() === y.trim().toLowerCase();
  if (sameText(fm.image.alt, fm.image.caption)) {
    warn(at('image', 'alt'), 'image.alt', 'is the same as the caption, so screen readers read it twice; describe what the image shows instead');
  }
  if (captionRepeatsCredit(fm.image.caption, fm.image.credit)) warn(at('image', 'caption'), 'image.caption', CREDIT_TWICE_MESSAGE);
  out.push(...figureWarnings(body, phase));
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
