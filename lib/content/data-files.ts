import type { z } from 'zod';
import { site } from '../site';
import { parseYaml, type ParsedYaml } from './frontmatter';
import type { ContentProblem } from './problems';
import { authorsFileSchema, sectionsFileSchema, type Author, type Section } from './schema';
import { zodProblems } from './zod-problems';

/** authors.yaml and sections.yaml: the lists every story refers to. */

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
