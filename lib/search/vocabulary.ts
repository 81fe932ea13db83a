import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { wordsOf } from './query';
import { statement } from './statements';

/**
 * The index's own vocabulary, for "Did you mean …?". FTS5's index holds porter
 * stems ("elect"), which are no use to show a reader, so the words are kept a
 * second time as written: `search_words` counts, for each word as written
 * ("Kadhimi", "Kādhimī", "kadhimi"), the indexed documents that contain it,
 * under its folded form (lower case, no diacritics) that misspellings are
 * compared with, and the publication instant of the earliest document that
 * has it, so a word only a scheduled story uses is not suggested before that
 * story is out. Drafts are never indexed, so none of their words is here.
 */

export const VOCABULARY_DDL = `
CREATE TABLE IF NOT EXISTS search_words (
  word TEXT NOT NULL,
  form TEXT NOT NULL,
  head TEXT NOT NULL,
  length INTEGER NOT NULL,
  docs INTEGER NOT NULL,
  first INTEGER NOT NULL,
  PRIMARY KEY (word, form)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS search_words_shape ON search_words (head, length);
`;

// Shorter words are too many letters away from anything to correct; longer ones are not words.
const MIN_WORD = 3;
const MAX_WORD = 40;

/** Lower case without diacritics: the form misspellings are compared in. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The distinct [folded, as written] words of a text worth suggesting: no numbers, no fragments. */
export function vocabularyOf(texts: readonly string[]): [string, string][] {
  const forms = new Set<string>();
  for (const text of texts) for (const form of wordsOf(text)) forms.add(form);
  const words: [string, string][] = [];
  for (const form of forms) {
    const length = Array.from(form).length;
    if (length < MIN_WORD || length > MAX_WORD || /\p{N}/u.test(form)) continue;
    words.push([fold(form), form]);
  }
  return words;
}

/** Counts one more document, published at `publishedMs`, for each of its words. */
export function addWords(db: Database, words: [string, string][], publishedMs: number): void {
  if (words.length === 0) return;
  statement(
    db,
    `INSERT INTO search_words (word, form, head, length, docs, first)
     SELECT value ->> 0, value ->> 1, substr(value ->> 0, 1, 1), length(value ->> 0), 1, @first FROM json_each(@words) WHERE true
     ON CONFLICT (word, form) DO UPDATE SET docs = docs + 1, first = min(first, excluded.first)`,
  ).run({ words: JSON.stringify(words), first: publishedMs });
}

/**
 * Counts one document fewer for each of its words. A word's first instant stays:
 * without a list of documents per word it cannot move later, so a word whose
 * earliest story was withdrawn, and which only a scheduled story still uses,
 * can be suggested early (a search for it still finds only published stories).
 */
export function removeWords(db: Database, words: [string, string][]): void {
  if (words.length === 0) return;
  const json = JSON.stringify(words);
  const pairs = 'SELECT value ->> 0, value ->> 1 FROM json_each(?)';
  statement(db, `UPDATE search_words SET docs = docs - 1 WHERE (word, form) IN (${pairs})`).run(json);
  statement(db, `DELETE FROM search_words WHERE docs <= 0 AND (word, form) IN (${pairs})`).run(json);
}

/**
 * Optimal string alignment distance (a swap of neighbours costs one), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? limit + 1;
}

/** How many letters may differ: one in a short word, two in a longer one. */
function allowedEdits(length: number): number {
  return length <= 4 ? 1 : 2;
}

// A word one edit away is tried before one two edits away unless the second is
// this many times as common: typing two mistakes is that much rarer than one.
const EDIT_PENALTY = Math.log(30);
// A word the index has is only replaced by one this many times as common.
const KNOWN_WORD_RATIO = 10;

/** A prefix stands for at most this many words, the most common first. */
const MAX_PREFIX_WORDS = 30;

const wordRow = z.object({ word: z.string() });

/**
 * The published words that begin with `prefix`, most common first. FTS5 would
 * match a prefix against porter stems, and stems are not prefixes of what
 * readers type ("governm*" misses "government", whose stem is "govern"); the
 * words as written are, and each is then stemmed like any other query word.
 */
export function prefixWords(db: Database, prefix: string, atMs: number): string[] {
  const folded = fold(prefix);
  return statement(
    db,
    `SELECT word FROM search_words WHERE word >= ? AND word < ? AND first <= ?
     GROUP BY word ORDER BY sum(docs) DESC, word LIMIT ${MAX_PREFIX_WORDS}`,
  )
    .all(folded, `${folded}\u{10FFFF}`, atMs)
    .map((r) => wordRow.parse(r).word);
}

/** The stories that use `typed` in any written form: 0 for a word the vocabulary does not keep (numbers, two letters or fewer). */
export function storiesWith(db: Database, typed: string): number {
  return countRow.parse(statement(db, 'SELECT sum(docs) AS docs FROM search_words WHERE word = ?').get(fold(typed))).docs ?? 0;
}

const candidateRow = z.tuple([z.string(), z.string(), z.number()]);
const countRow = z.object({ docs: z.number().nullable() });

export interface Correction {
  /** The word as most often written, to show and to search for. */
  form: string;
  docs: number;
}

/**
 * The closest word published by `atMs` to `typed`, weighing edit distance
 * against how common each candidate is. A word the vocabulary lacks is always
 * corrected when something is close; a word it has only with `evenKnown`
 * (the query matched little) and when a candidate is far more common. Candidates share the word's first or
 * second letter, so a mistake in both of the first two letters finds nothing.
 */
export function correctWord(db: Database, typed: string, atMs: number, options: { evenKnown: boolean }): Correction | undefined {
  const word = fold(typed);
  const length = Array.from(word).length;
  if (length < MIN_WORD || length > MAX_WORD || /\p{N}/u.test(word)) return undefined;
  const own = countRow.parse(statement(db, 'SELECT sum(docs) AS docs FROM search_words WHERE word = ? AND first <= ?').get(word, atMs)).docs ?? 0;
  if (own > 0 && !options.evenKnown) return undefined;
  const limit = allowedEdits(length);
  const [first = '', second = first] = Array.from(word);
  const rows = statement(db, 'SELECT word, form, docs FROM search_words WHERE head IN (?, ?) AND length BETWEEN ? AND ? AND first <= ?')
    .raw()
    .all(first, second, length - limit, length + limit, atMs);

  // Counts per folded word, and its most written form.
  const words = new Map<string, { docs: number; form: string; formDocs: number; distance: number }>();
  for (const row of rows) {
    const [candidate, form, docs] = candidateRow.parse(row);
    if (candidate === word) continue;
    let entry = words.get(candidate);
    if (!entry) {
      const distance = editDistance(word, candidate, limit);
      if (distance > limit) continue;
      entry = { docs: 0, form, formDocs: 0, distance };
      words.set(candidate, entry);
    }
    entry.docs += docs;
    if (docs > entry.formDocs || (docs === entry.formDocs && form < entry.form)) {
      entry.form = form;
      entry.formDocs = docs;
    }
  }

  let best: (Correction & { score: number }) | undefined;
  for (const entry of words.values()) {
    if (entry.docs < Math.max(1, own * KNOWN_WORD_RATIO)) continue;
    const score = Math.log(1 + entry.docs) - EDIT_PENALTY * entry.distance;
    if (!best || score > best.score || (score === best.score && entry.form < best.form)) best = { form: entry.form, docs: entry.docs, score };
  }
  return best && { form: best.form, docs: best.docs };
}
