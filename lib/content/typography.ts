/**
 * Typographic quotes, dashes and ellipses for plain frontmatter text
 * (headlines, standfirsts, captions), matching what the body gets from
 * retext-smartypants (lib/content/smartypants.ts), so a headline reads
 * "Iraq’s" like the body does.
 */
export function typeset(text: string): string {
  return text
    .replace(/\.\.\./g, '…')
    .replace(/---/g, '—')
    .replace(/--/g, '—')
    .replace(/(^|[\s([{\u2014-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|\s)'(?=\d\ds\b)/g, '$1’')
    .replace(/(^|[\s([{\u2014-])'(?=\S)/g, '$1‘')
    .replace(/'/g, '’');
}
