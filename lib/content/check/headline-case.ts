/**
 * The newsroom writes headlines in sentence case, as British news sites do: a capital for the
 * first word and for proper nouns only ("Iraq steps up security around Baghdad's Green Zone").
 * The content check warns about a headline in Title Case, which capitalises every main word.
 */

/** Words of this many letters or more are capitalised in Title Case whatever they are. */
const MAIN_WORD_LETTERS = 4;
/** Fewer main words than this say too little about a headline's case. */
const MIN_MAIN_WORDS = 3;

/**
 * Whether a headline is in Title Case: every word of four letters or more after the first
 * starts with a capital, and there are at least three. A sentence-case headline has at least
 * one such word in lowercase unless it is all names, which headlines rarely are. Words written
 * with a lowercase particle ("al-Kadhimi") tell nothing and are left out.
 */
export function isTitleCase(headline: string): boolean {
  const words = headline
    .split(/[\s—–:;,]+/)
    .slice(1)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((word) => Array.from(word.replace(/['’].*$/, '')).length >= MAIN_WORD_LETTERS && !/^\p{Ll}+-\p{Lu}/u.test(word));
  return words.length >= MIN_MAIN_WORDS && words.every((word) => /^\p{Lu}/u.test(word));
}

/** The warning for a headline (or an update's title) in Title Case. */
export const TITLE_CASE_MESSAGE = 'is in Title Case; the newsroom writes headlines in sentence case: a capital for the first word and for names only';
