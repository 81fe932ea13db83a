import { foldArabicText, searchForms } from './arabic';

/**
 * A reader's query, parsed by us: it never reaches FTS5 as typed. Words are
 * runs of letters and digits; `"…"` makes a phrase, a word ending in `*` a
 * prefix. Every other character only separates words, so FTS5 operators
 * (`OR`, `NEAR(`, `-x`, `col:term`, `^`) are ordinary words or nothing.
 */

/** Longer queries are cut here: nobody types more, and each term costs a lookup. */
export const MAX_QUERY_LENGTH = 200;
/** More terms only narrow an AND further; past this they are dropped. */
const MAX_QUERY_TERMS = 12;
/** A shorter prefix would expand to a large part of the vocabulary; it is searched as a word. */
const MIN_PREFIX_LENGTH = 3;

export type QueryTerm =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; word: string }
  | { kind: 'phrase'; words: string[] };

export interface ParsedQuery {
  /** The query as shown back to the reader: control characters removed, spaces collapsed, cut to length. */
  text: string;
  terms: QueryTerm[];
}

// Letters and digits, as FTS5's unicode61 tokenizer counts them (its "L* N*"; private-use
// characters, which it also keeps, mark matches in snippets and are never searched).
const WORD = /[\p{L}\p{N}]+/gu;
const TERM = /"([^"]*)"|([\p{L}\p{N}]+)(\*?)/gu;

/** The words of a text, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Control, format, private-use and unpaired surrogate characters become spaces; the rest is kept. */
export function cleanQuery(raw: string): string {
  // Cut before normalising so a 10 MB query costs no more than a short one.
  const bounded = raw.slice(0, MAX_QUERY_LENGTH * 4).normalize('NFC');
  const spaced = bounded.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(spaced).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

function termKey(term: QueryTerm): string {
  const text = term.kind === 'phrase' ? term.words.join(' ') : term.word;
  return `${term.kind}:${text.toLowerCase()}`;
}

export function parseQuery(raw: string): ParsedQuery {
  const text = cleanQuery(raw);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  // Words are searched folded, as the index holds them (arabic.ts); the query is shown as typed.
  for (const match of foldArabicText(text).matchAll(TERM)) {
    const [, quoted, word, star] = match;
    let term: QueryTerm | undefined;
    if (quoted !== undefined) {
      const words = wordsOf(quoted).slice(0, MAX_QUERY_TERMS);
      const [only] = words;
      if (words.length > 1) term = { kind: 'phrase', words };
      else if (only) term = { kind: 'word', word: only };
    } else if (word) {
      term = star && Array.from(word).length >= MIN_PREFIX_LENGTH ? { kind: 'prefix', word } : { kind: 'word', word };
    }
    if (!term || seen.has(termKey(term))) continue;
    seen.add(termKey(term));
    terms.push(term);
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return { text, terms };
}

/**
 * The FTS5 expression for parsed terms: each term a quoted string (its words hold
 * only letters and digits, so no quote can end it early), all of them required.
 * A prefix becomes any of the words `prefixWords` gives for it (which must hold
 * only letters and digits too), or FTS5's own prefix match when it gives none.
 */
export function matchExpression(terms: readonly QueryTerm[], prefixWords: (prefix: string) => string[] = () => []): string {
  return terms
    .map((term) => {
      if (term.kind === 'phrase') return `"${term.words.join(' ')}"`;
      if (term.kind === 'word') {
        // An Arabic word with and without the article and the particles joined to it.
        const forms = searchForms(term.word);
        return forms.length > 1 ? `(${forms.map((w) => `"${w}"`).join(' OR ')})` : `"${term.word}"`;
      }
      const words = prefixWords(term.word).filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
      return words.length > 0 ? `(${words.map((w) => `"${w}"`).join(' OR ')})` : `"${term.word}"*`;
    })
    // FTS5 reads juxtaposed strings as AND, but not a string next to a bracket.
    .join(' AND ');
}

/** The terms written back as a query a reader could type. */
export function queryText(terms: readonly QueryTerm[]): string {
  return terms
    .map((term) => {
      if (term.kind === 'phrase') return `"${term.words.join(' ')}"`;
      if (term.kind === 'prefix') return `${term.word}*`;
      return term.word;
    })
    .join(' ');
}
