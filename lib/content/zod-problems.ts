import type { z } from 'zod';
import type { ParsedYaml } from './frontmatter';
import type { ContentProblem } from './problems';

/**
 * zod's issues in the words of the content check: each with the line and
 * column of the field in the YAML, a "did you mean" for a misspelt field.
 */

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

export type Found = Omit<ContentProblem, 'file'>;

/** Turns zod's issues into problems an editor can act on, each with its line. */
export function zodProblems(error: z.ZodError, yaml: ParsedYaml, keysAt: (path: readonly PropertyKey[]) => string[] | undefined): Found[] {
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
