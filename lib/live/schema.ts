import { z } from 'zod';
import { checkBody, type CheckedBody } from '../content/body';
import { isIsoWithOffset } from '../content/dates';
import { parseYaml, splitFrontmatter, type ParsedYaml } from '../content/frontmatter';
import { sortProblems, type ContentProblem } from '../content/problems';
import { articleFrontmatterSchema, correctionSchema, heroImageSchema, isoDateSchema, slugSchema } from '../content/schema';

/**
 * A live blog is a folder: `content/live/<id>/index.mdx` (the story: headline,
 * standfirst, key points, an optional introduction) and one file per update in
 * `updates/`, named `<yyyy-mm-ddThhmm>-<slug>.mdx`. Two editors adding updates
 * at the same moment write two files, so git never has to merge them.
 */

export const LIVE_DIR = 'live';
export const LIVE_INDEX_FILE = 'index.mdx';
export const LIVE_UPDATES_DIR = 'updates';

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

export const updateIdSchema = z
  .string({ error: 'expected text' })
  .regex(UPDATE_ID, 'expected lowercase letters, digits and single hyphens, e.g. "kadhimi-speaks"');

export const liveBlogFrontmatterSchema = z
  .strictObject({
    id: article.id,
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
  })
  .superRefine((fm, ctx) => {
    if (fm.closedAt && Date.parse(fm.closedAt) < Date.parse(fm.publishedAt)) {
      ctx.addIssue({ code: 'custom', path: ['closedAt'], message: 'must not be earlier than publishedAt, when coverage starts' });
    }
    fm.corrections.forEach((c, i) => {
      if (Date.parse(c.date) < Date.parse(fm.publishedAt)) {
        ctx.addIssue({ code: 'custom', path: ['corrections', i, 'date'], message: 'must not be earlier than publishedAt' });
      }
    });
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
  /** Defaults to the file name without .mdx. */
  id: updateIdSchema.optional(),
});

export type LiveBlogFrontmatter = z.infer<typeof liveBlogFrontmatterSchema>;
export type LiveUpdateFrontmatter = z.infer<typeof liveUpdateFrontmatterSchema>;

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

const knownKeys: Record<string, readonly string[]> = {
  '': [...Object.keys(liveBlogFrontmatterSchema.shape)],
  image: Object.keys(heroImageSchema.shape),
  corrections: Object.keys(correctionSchema.shape),
  update: Object.keys(liveUpdateFrontmatterSchema.shape),
};

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${String(s)}` : String(s)), '') || '(frontmatter)';
}

/** zod's issues as problems with a line each, in the words of lib/content's checks. */
function issuesToProblems(file: string, error: z.ZodError, yaml: ParsedYaml, keysFor: (path: readonly PropertyKey[]) => readonly string[]): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        ...yaml.locate([...issue.path, key]),
        field: fieldOf([...issue.path, key]),
        message: `is not a known field (known: ${keysFor(issue.path).join(', ')})`,
        severity: 'error',
      }));
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return [{ file, ...yaml.locate(issue.path), field: fieldOf(issue.path), message: missing ? 'required' : issue.message, severity: 'error' }];
  });
}

export interface CheckedLiveFile<T> {
  /** Undefined when the frontmatter has errors. */
  frontmatter: T | undefined;
  body: CheckedBody;
  /** File line on which the body starts. */
  bodyLine: number;
  problems: ContentProblem[];
}

function checkFile<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  keysFor: (path: readonly PropertyKey[]) => readonly string[],
): { checked: CheckedLiveFile<T>; yaml?: ParsedYaml } {
  const split = splitFrontmatter(text);
  const body = checkBody(split.body, split.bodyLine);
  const bodyProblems = body.problems.map((p): ContentProblem => ({ file, ...p.position, field: p.field, message: p.message, severity: 'error' }));
  if (split.yaml === undefined) {
    const problem: ContentProblem = { file, line: 1, column: 1, field: '(frontmatter)', message: 'expected YAML frontmatter between --- lines at the top of the file', severity: 'error' };
    return { checked: { frontmatter: undefined, body, bodyLine: split.bodyLine, problems: [problem, ...bodyProblems] } };
  }
  const yaml = parseYaml(split.yaml, 2);
  const problems: ContentProblem[] = yaml.syntaxErrors.map((e) => ({ file, ...e.position, field: '(yaml)', message: e.message, severity: 'error' }));
  const parsed = problems.length ? undefined : schema.safeParse(yaml.data ?? {}, { reportInput: true });
  if (parsed && !parsed.success) problems.push(...issuesToProblems(file, parsed.error, yaml, keysFor));
  const frontmatter = parsed?.success ? parsed.data : undefined;
  return { checked: { frontmatter, body, bodyLine: split.bodyLine, problems: sortProblems([...problems, ...bodyProblems]) }, yaml };
}

/** Checks a live blog's index.mdx: frontmatter and introduction, every problem with its line. */
export function checkLiveBlogFile(text: string, file: string): CheckedLiveFile<LiveBlogFrontmatter> {
  const keysFor = (path: readonly PropertyKey[]) => knownKeys[path.filter((s) => typeof s === 'string').join('.')] ?? [];
  return checkFile(text, file, liveBlogFrontmatterSchema, keysFor).checked;
}

export type CheckedUpdate = LiveUpdateFrontmatter & { id: string };

/**
 * Checks one update file: its name, frontmatter and body. A name whose time
 * differs from `at` is a warning: the page orders updates by `at`, and the
 * name only keeps two editors' files apart.
 */
export function checkUpdateFile(text: string, file: string): CheckedLiveFile<CheckedUpdate> {
  const name = file.split('/').pop() ?? file;
  const parsedName = parseUpdateFileName(name);
  const { checked, yaml } = checkFile(text, file, liveUpdateFrontmatterSchema, () => knownKeys.update ?? []);
  const problems = [...checked.problems];
  if ('message' in parsedName) {
    problems.unshift({ file, field: '(file name)', message: parsedName.message, severity: 'error' });
    return { frontmatter: undefined, body: checked.body, bodyLine: checked.bodyLine, problems };
  }
  const fm = checked.frontmatter;
  if (fm && fm.at.slice(0, 16) !== parsedName.stamp) {
    problems.push({
      file,
      ...yaml?.locate(['at']),
      field: 'at',
      message: `is ${fm.at.slice(0, 16)} but the file name says ${parsedName.stamp}; the page uses at. Rename the file to match`,
      severity: 'warning',
    });
  }
  return { frontmatter: fm ? { ...fm, id: fm.id ?? parsedName.id } : undefined, body: checked.body, bodyLine: checked.bodyLine, problems: sortProblems(problems) };
}
