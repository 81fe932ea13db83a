import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { defaultEdition, editionOf, type Edition } from '../../site/editions';

/**
 * What a content check of one edition knows about the others: each edition is checked from its
 * own folder into its own store (docs/decisions/0021-editions.md), and a translation names a
 * story of the default edition, which the default edition's store holds.
 */
export interface EditionContext {
  edition: Edition;
  /** The default edition's stories (ids) and section ids, and its folder as editors see it; absent while the default edition itself is checked. */
  originals?: { ids: ReadonlySet<string>; sections: ReadonlySet<string>; label: string };
}

type Add = (file: string, line: number | undefined, column: number | undefined, field: string, message: string) => void;

const storyRow = z.object({
  file: z.string(),
  edition: z.string().nullable(),
  translationOf: z.string().nullable(),
  idLine: z.number(),
  idCol: z.number(),
  editionLine: z.number().nullable(),
  editionCol: z.number().nullable(),
  translationLine: z.number().nullable(),
  translationCol: z.number().nullable(),
});

/**
 * A story in the wrong edition's folder, a translation of a story the default edition does not
 * have, or a second translation of one story in the same edition: each an error where the field
 * is written. (A story filed in a section its edition lacks is an unknown section, named with
 * the edition it does belong to: see `unknownSectionMessage`.)
 */
export function checkEditions(db: Database, { edition, originals }: EditionContext, label: string, add: Add): void {
  const rows = db
    .prepare(
      `SELECT a.file, json_extract(a.summary, '$.edition') AS edition, json_extract(a.summary, '$.translationOf') AS translationOf,
         i.line AS idLine, i.col AS idCol, e.line AS editionLine, e.col AS editionCol, t.line AS translationLine, t.col AS translationCol
       FROM articles a
       JOIN refs i ON i.file = a.file AND i.kind = 'id'
       LEFT JOIN refs e ON e.file = a.file AND e.kind = 'edition'
       LEFT JOIN refs t ON t.file = a.file AND t.kind = 'translation'
       ORDER BY a.file`,
    )
    .all()
    .map((row) => storyRow.parse(row));
  const isDefault = edition.lang === defaultEdition.lang;
  const translated = new Map<string, string>();
  for (const row of rows) {
    const declared = row.edition ?? defaultEdition.lang;
    if (declared !== edition.lang) {
      // The declared edition's folder: beside the default edition's files, or the default edition's own.
      const where = isDefault ? `${label}/${editionOf(declared)?.contentFolder ?? declared}/` : `${originals?.label ?? 'the default edition'}/`;
      if (row.editionLine === null) add(row.file, row.idLine, row.idCol, 'edition', `is missing: every story in ${label}/ belongs to the ${edition.name} edition; add "edition: ${edition.lang}"`);
      else add(row.file, row.editionLine, row.editionCol ?? 1, 'edition', `is "${declared}", but this is the folder of the ${edition.name} edition (${edition.lang}): move the file to ${where}, or correct the edition`);
    }
    if (row.translationOf === null) continue;
    const line = row.translationLine ?? row.idLine;
    const column = row.translationCol ?? row.idCol;
    if (isDefault || !originals) {
      add(row.file, line, column, 'translationOf', `the ${defaultEdition.name} edition's stories are the originals: only a story of another edition names the story it translates`);
      continue;
    }
    if (!originals.ids.has(row.translationOf)) {
      add(row.file, line, column, 'translationOf', `no ${defaultEdition.name} story has the id "${row.translationOf}" (in ${originals.label}/articles/ or ${originals.label}/live/): a translation names the story it translates`);
      continue;
    }
    const first = translated.get(row.translationOf);
    if (first !== undefined) {
      add(row.file, line, column, 'translationOf', `"${row.translationOf}" is already translated by ${label}/${first}: a story has one translation per edition, so the two pages can name each other`);
    } else {
      translated.set(row.translationOf, row.file);
    }
  }
}

/** Why a story's section is unknown, saying so when the section is the default edition's alone. */
export function unknownSectionMessage(section: string, known: string, { edition, originals }: EditionContext, label: string): string {
  if (originals?.sections.has(section)) {
    return `unknown section "${section}" in the ${edition.name} edition: it is a section of the ${defaultEdition.name} edition only; add it to ${label}/sections.yaml with its ${edition.name} name, or file the story in one of: ${known}`;
  }
  return `unknown section "${section}" (known: ${known})`;
}
