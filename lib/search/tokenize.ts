// Words too common to tell stories apart; a query made only of them finds nothing.
const STOPWORDS = new Set(
  'a an and are as at be but by for from had has have he her his in into is it its of on or our over she that the their them they this to was were which who will with'.split(' '),
);

/**
 * Folds a word to its search form: case and accents dropped, and a light
 * English plural and possessive stemming, so "elections" finds "election"
 * and "Sadr’s" finds "Sadr".
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The search terms in a text, in order, repeats kept. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '');
  for (const word of folded.split(/[^a-z0-9]+/)) {
    if (!word || STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/**
 * Plain words from a Markdown/MDX body for indexing: component tags, link
 * targets and Markdown punctuation are dropped, link text is kept.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`|~]/g, ' ');
}
