/** A letter of the Arabic script: text holding one is left its own quotation marks, and its ، ؛ ؟ as they are. */
export const ARABIC = /\p{Script=Arabic}/u;

/**
 * Typographic quotes, dashes and ellipses for plain frontmatter text
 * (headlines, standfirsts, captions), matching what the body gets from
 * retext-smartypants (lib/content/check/smartypants.ts), so a headline reads
 * "Iraq’s" like the body does.
 */
export function typeset(text: string): string {
  const dashed = text
    .replace(/\.\.\./g, '…')
    .replace(/---/g, '—')
    .replace(/--/g, '—');
  // Arabic quotes with « »; curly quotes would face the wrong way in right-to-left text.
  if (ARABIC.test(dashed)) return dashed;
  return dashed
    .replace(/(^|[\s([{\u2014-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|\s)'(?=\d\ds\b)/g, '$1’')
    .replace(/(^|[\s([{\u2014-])'(?=\S)/g, '$1‘')
    .replace(/'/g, '’');
}
