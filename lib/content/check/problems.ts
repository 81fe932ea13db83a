/**
 * A problem found in content, in the words an editor needs: which file, where
 * in it, which field, and what was expected.
 */
export interface ContentProblem {
  /** Path from the project root, e.g. content/articles/kadhimi-drone-attack.mdx */
  file: string;
  line?: number;
  column?: number;
  /** Dotted frontmatter path ("image.credit"), a component ("<AlsoRead> id") or "body". */
  field: string;
  message: string;
  severity: 'error' | 'warning';
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
  /** Between a live blog's files: its updates' window and ids, its pinned update. */
  live: 8,
  /** Between editions: a story's edition and the story it translates. */
  editions: 9,
} as const;

/** A problem of one file, before the file's path is put in front of it. */
export type FileProblem = Omit<ContentProblem, 'file'> & { phase: number };

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}  ${p.field}  ${p.message}`;
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.field.localeCompare(b.field),
  );
}

export function formatReport(problems: ContentProblem[]): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map((p) => `${p.severity === 'warning' ? 'warning' : 'error  '}  ${formatProblem(p)}`);
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}

// GitHub Actions workflow commands: data escapes %, CR and LF; properties also : and ,
// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Each problem as a GitHub Actions annotation, `::error file=…,line=…,col=…,title=…::message`
 * (warnings as `::warning`), so a pull request shows it on the line. `file` turns a
 * problem's path into one relative to the repository root.
 */
export function formatGithubAnnotations(problems: ContentProblem[], file: (path: string) => string = (p) => p): string {
  return sortProblems(problems)
    .map((p) => {
      const properties = [`file=${escapeProperty(file(p.file))}`];
      if (p.line) properties.push(`line=${p.line}`, `col=${p.column ?? 1}`);
      properties.push(`title=${escapeProperty(`${p.field}`)}`);
      return `::${p.severity} ${properties.join(',')}::${escapeData(p.message)}`;
    })
    .join('\n');
}
