import { z } from 'zod';
import { parseYaml } from './frontmatter';
import type { ContentProblem } from './problems';
import { breakingSchema } from '../breaking';

/**
 * content/front.yaml: the editors' running order for the front page, and the
 * breaking-news strip every page shows until it expires. Without the file, or
 * with neither `lead` nor `pinned` set, the newest story leads.
 */
export const FRONT_FILE = 'front.yaml';

const articleId = z
  .string({ error: 'expected an article id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an article id: lowercase letters, digits and single hyphens');

export const frontConfigSchema = z.strictObject({
  /** The story at the top of the front. */
  lead: articleId.optional(),
  /** Stories shown straight after the lead, in this order, before the newest. */
  pinned: z.array(articleId, { error: 'expected a list of article ids' }).max(12, 'pin at most 12 stories').default([]),
  /** The strip across the top of every page: text, the story it links to, when it goes. */
  breaking: breakingSchema.optional(),
});

export type FrontConfig = z.infer<typeof frontConfigSchema>;

export interface ParsedFrontConfig {
  config: FrontConfig;
  problems: ContentProblem[];
}

const fields = Object.keys(frontConfigSchema.shape);

/**
 * Checks the front file against the schema and against the articles that
 * exist, reporting every problem with its file, line and field.
 */
export function parseFrontConfig(
  text: string | undefined,
  file: string,
  articleIds: Pick<ReadonlySet<string>, 'has'>,
  /** The site paths of published-or-scheduled stories, to check where the breaking strip leads. */
  storyPaths?: Pick<ReadonlySet<string>, 'has'>,
  /** Ids and site paths of stories taken down: the front may not show them. */
  takenDown?: Pick<ReadonlySet<string>, 'has'>,
): ParsedFrontConfig {
  const empty: FrontConfig = { pinned: [] };
  if (text === undefined) return { config: empty, problems: [] };
  const yaml = parseYaml(text.replace(/\r\n?/g, '\n'));
  const problems: ContentProblem[] = yaml.syntaxErrors.map((e) => ({ file, ...e.position, field: '(yaml)', message: e.message, severity: 'error' }));
  if (problems.length) return { config: empty, problems };

  const parsed = frontConfigSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const known = issue.path.length ? Object.keys(breakingSchema.shape) : fields;
        for (const key of issue.keys) {
          const path = [...issue.path, key];
          problems.push({ file, ...yaml.locate(path), field: path.join('.'), message: `is not a known field (known: ${known.join(', ')})`, severity: 'error' });
        }
        continue;
      }
      const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace('.[', '[') || '(file)';
      problems.push({ file, ...yaml.locate(issue.path), field, message: issue.message, severity: 'error' });
    }
    return { config: empty, problems };
  }

  const config = parsed.data;
  const gone = (id: string) => `"${id}" was taken down: it cannot be on the front`;
  if (config.lead && !articleIds.has(config.lead)) {
    problems.push({ file, ...yaml.locate(['lead']), field: 'lead', message: `unknown article id "${config.lead}"`, severity: 'error' });
  } else if (config.lead && takenDown?.has(config.lead)) {
    problems.push({ file, ...yaml.locate(['lead']), field: 'lead', message: gone(config.lead), severity: 'error' });
  }
  config.pinned.forEach((id, i) => {
    const at = { file, ...yaml.locate(['pinned', i]), field: `pinned[${i}]`, severity: 'error' as const };
    if (!articleIds.has(id)) problems.push({ ...at, message: `unknown article id "${id}"` });
    else if (takenDown?.has(id)) problems.push({ ...at, message: gone(id) });
    else if (id === config.lead) problems.push({ ...at, message: `"${id}" is already the lead` });
    else if (config.pinned.indexOf(id) !== i) problems.push({ ...at, message: `"${id}" is listed twice` });
  });
  if (config.breaking && storyPaths && !storyPaths.has(config.breaking.url.replace(/\/$/, ''))) {
    problems.push({ file, ...yaml.locate(['breaking', 'url']), field: 'breaking.url', message: `${config.breaking.url} leads to no story`, severity: 'error' });
  } else if (config.breaking && takenDown?.has(config.breaking.url.replace(/\/$/, ''))) {
    problems.push({ file, ...yaml.locate(['breaking', 'url']), field: 'breaking.url', message: `${config.breaking.url} was taken down: the strip cannot lead there`, severity: 'error' });
  }
  return { config: problems.length ? empty : config, problems };
}
