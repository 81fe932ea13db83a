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

/** Thrown when content has errors: the site is not built from content it cannot trust. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(`Content has errors; nothing was published.\n${formatReport(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
