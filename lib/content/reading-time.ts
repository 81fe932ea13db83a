/** A news reader's pace on screen, in words a minute. */
const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `words`, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
