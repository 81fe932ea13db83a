import { z } from 'zod';
import { checkBody, type CheckedBody } from '../check/body';
import { isIsoWithOffset } from '../../site/dates';
import { parseYaml, splitFrontmatter, type Position } from '../check/frontmatter';
import { PHASE, type FileProblem } from '../check/problems';
import { articleFrontmatterSchema, correctionsAfterPublication, heroImageSchema, isoDateSchema, PLACEHOLDER, slugSchema } from '../check/schema';
import { zodProblems } from '../check/zod-problems';
import { isTitleCase, TITLE_CASE_MESSAGE } from '../check/headline-case';
import { figureWarnings } from '../check/figures';

const PARSE = PHASE.parse;

/**
 * A live blog is a folder: `content/live/<id>/index.mdx` (the story: headline,
 * standfirst, key points, an optional introduction) and one file per update in
 * `updates/`, named `<yyyy-mm-ddThhmm>-<slug>.mdx`. Two editors adding updates
 * at the same moment write two files, so git never has to merge them.
 */

export const LIVE_DIR = 'live';
export const LIVE_INDEX_FILE = 'index.mdx';
export const LIVE_UPDATES_DIR = 'updates';

/** Where a file under live/ stands: a live blog's index.mdx, one of its updates, or neither. */
export type LiveFile = { kind: 'index'; folder: string } | { kind: 'update'; folder: string; blog: string } | { kind: 'stray' };

/** Reads a path relative to the content root; undefined for a file outside live/. */
export function liveFileOf(file: string): LiveFile | undefined {
  const parts = file.split('/');
  if (parts[0] !== LIVE_DIR) return undefined;
  const folder = parts[1] ?? '';
  if (parts.length === 3 && parts[2] === LIVE_INDEX_FILE) return { kind: 'index', folder };
  if (parts.length === 4 && parts[2] === LIVE_UPDATES_DIR) return { kind: 'update', folder, blog: `${LIVE_DIR}/${folder}/${LIVE_INDEX_FILE}` };
  return { kind: 'stray' };
}

export const KEY_POINTS_MAX = 8;
export const KEY_POINT_MAX_LENGTH = 200;
export const UPDATE_TITLE_MAX_LENGTH = 120;

const article = articleFrontmatterSchema.shape;

const keyPointSchema = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, 'a key point must not be empty')
  .max(KEY_POINT_MAX_LENGTH, `a key point is at most ${KEY_POINT_MAX_LENGTH} characters: one sentence`);

/** The default id of an update is its file name, whose stamp carries a capital T; anything else is a slug. */
const UPDATE_ID = /^(?:\d{4}-\d{2}-\d{2}T\d{4}-)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

const updateIdSchema = z
  .string({ error: 'expected text' })
  .regex(UPDATE_ID, 'expected lowercase letters, digits and single hyphens, e.g. "kadhimi-speaks"');

export const liveBlogFrontmatterSchema = z
  .strictObject({
    id: article.id,
    edition: article.edition,
    translationOf: article.translationOf,
    slug: article.slug,
    headline: article.headline,
    standfirst: article.standfirst,
    /** When coverage starts; dates the URL like an article's. */
    publishedAt: article.publishedAt,
    /** When coverage ended; until then (or without it) the page says LIVE. */
    closedAt: isoDateSchema.optional(),
    authors: article.authors,
    section: article.section,
    tags: article.tags,
    image: heroImageSchema,
    related: article.related,
    /** The summary at the top of the page, one sentence each. */
    keyPoints: z
      .array(keyPointSchema, { error: 'expected a list of key points' })
      .max(KEY_POINTS_MAX, `at most ${KEY_POINTS_MAX} key points: the summary must stay short`)
      .default([]),
    /** The id of the one update shown above the rest. */
    pinned: updateIdSchema.optional(),
    draft: article.draft,
    corrections: article.corrections,
    redirectFrom: article.redirectFrom,
    takedown: article.takedown,
  })
  .superRefine((fm, ctx) => {
    if (fm.closedAt && Date.parse(fm.closedAt) < Date.parse(fm.publishedAt)) {
      ctx.addIssue({ code: 'custom', path: ['closedAt'], message: 'must not be earlier than publishedAt, when coverage starts' });
    }
    correctionsAfterPublication(fm, ctx);
  });

export const liveUpdateFrontmatterSchema = z.strictObject({
  /** When the update was published, with the offset. */
  at: isoDateSchema,
  title: z
    .string({ error: 'expected text' })
    .trim()
    .min(1, 'title must not be empty: leave the line out for an update without a title')
    .max(UPDATE_TITLE_MAX_LENGTH, `a title is at most ${UPDATE_TITLE_MAX_LENGTH} characters`)
    .optional(),
  /** An author id (a desk) from content/authors.yaml; the live blog's byline stands for the rest. */
  author: slugSchema.optional(),
  /** One of the moments that sum the story up: listed under "Key events" and in the key-events view. */
  keyEvent: z.boolean({ error: 'expected true or false' }).optional(),
  /** Defaults to the file name without .mdx. */
  id: updateIdSchema.optional(),
});

type LiveUpdateFrontmatter = z.infer<typeof liveUpdateFrontmatterSchema>;

const UPDATE_FILE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

export interface UpdateFileName {
  /** The file name without .mdx: the update's id unless its frontmatter names another. */
  id: string;
  /** "2021-11-07T03:20", the wall-clock time the name claims. */
  stamp: string;
}

/** Reads `2021-11-07T0320-first-reports.mdx`; a message says what is wrong with any other name. */
export function parseUpdateFileName(name: string): UpdateFileName | { message: string } {
  const m = UPDATE_FILE.exec(name);
  const expected = 'expected <yyyy-mm-ddThhmm>-<slug>.mdx, e.g. 2021-11-07T0320-first-reports.mdx';
  if (!m) return { message: `file name "${name}": ${expected}` };
  const [, y, mo, d, h, mi] = m;
  const stamp = `${y}-${mo}-${d}T${h}:${mi}`;
  if (!isIsoWithOffset(`${stamp}:00Z`)) return { message: `file name "${name}": ${stamp} is not a real date and time; ${expected}` };
  return { id: name.slice(0, -'.mdx'.length), stamp };
}

/** What a live blog adds to an article's frontmatter. */
export interface LiveFields {
  /** When coverage ended; absent while it goes on. */
  closedAt?: string;
  keyPoints: string[];
  /** Id of the update shown above the rest. */
  pinned?: string;
}

const updateKeys = Object.keys(liveUpdateFrontmatterSchema.shape);

type CheckedUpdate = LiveUpdateFrontmatter & { id: string };

export interface UpdateCheck {
  /** Undefined when the name or the frontmatter has errors. */
  update?: CheckedUpdate;
  /** Where `at`, `id` and `author` are written (the top of the file when they are not). */
  at: { at: Position; id: Position; author: Position };
  body: CheckedBody;
  /** The body as plain text, for feeds, structured data and search. */
  bodyText: string;
  problems: FileProblem[];
}

/**
 * Checks one update file on its own: its name, frontmatter and body. A name
 * whose time differs from `at` is a warning: the page orders updates by `at`,
 * and the name only keeps two editors' files apart.
 */
export function checkUpdateFile(text: string, file: string, toPlainText: (markdown: string) => string): UpdateCheck {
  const name = file.split('/').pop() ?? file;
  const parsedName = parseUpdateFileName(name);
  const split = splitFrontmatter(text);
  const body = checkBody(split.body, split.bodyLine);
  const bodyText = toPlainText(split.body);
  const top: Position = { line: 1, column: 1 };
  const problems: FileProblem[] = body.problems.map((p) => ({ ...p.position, field: p.field, message: p.message, severity: 'error', phase: PARSE }));
  if ('message' in parsedName) problems.unshift({ field: '(file name)', message: parsedName.message, severity: 'error', phase: PARSE });
  if (split.yaml === undefined) {
    problems.unshift({ ...top, field: '(frontmatter)', message: 'missing: the file must start with a --- fenced YAML block', severity: 'error', phase: PARSE });
    return { at: { at: top, id: top, author: top }, body, bodyText, problems };
  }
  const yaml = parseYaml(split.yaml, 2);
  const locate = (key: string): Position => (yaml.syntaxErrors.length ? top : yaml.locate([key]));
  const at = { at: locate('at'), id: locate('id'), author: locate('author') };
  for (const e of yaml.syntaxErrors) problems.push({ ...e.position, field: '(frontmatter)', message: e.message, severity: 'error', phase: PARSE });
  if (yaml.syntaxErrors.length) return { at, body, bodyText, problems };
  const parsed = liveUpdateFrontmatterSchema.safeParse(yaml.data ?? {}, { reportInput: true });
  if (!parsed.success) {
    for (const p of zodProblems(parsed.error, yaml, () => updateKeys)) problems.push({ ...p, phase: PARSE });
    return { at, body, bodyText, problems };
  }
  if ('message' in parsedName) return { at, body, bodyText, problems };
  const fm = parsed.data;
  if (fm.title !== undefined && isTitleCase(fm.title)) problems.push({ ...locate('title'), field: 'title', message: TITLE_CASE_MESSAGE, severity: 'warning', phase: PHASE.editorial });
  problems.push(...figureWarnings(body, PHASE.editorial));
  const placeholderAt = split.body.indexOf(PLACEHOLDER);
  if (placeholderAt >= 0) {
    const line = split.bodyLine + (split.body.slice(0, placeholderAt).match(/\n/g)?.length ?? 0);
    problems.push({ line, column: 1, field: 'body', message: `still holds the placeholder "${PLACEHOLDER}" from \`npm run new\`; replace it before the update is published`, severity: 'error', phase: PARSE });
  }
  if (fm.at.slice(0, 16) !== parsedName.stamp) {
    problems.push({
      ...at.at,
      field: 'at',
      message: `is ${fm.at.slice(0, 16)} but the file name says ${parsedName.stamp}; the page uses at. Rename the file to match`,
      severity: 'warning',
      phase: PARSE,
    });
  }
  return { update: { ...fm, id: fm.id ?? parsedName.id }, at, body, bodyText, problems };
}
