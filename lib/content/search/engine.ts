import BetterSqlite3, { type Database } from 'better-sqlite3';
import { z } from 'zod';
import { matchExpression, parseQuery, queryText, type QueryTerm } from './query';
import { statement } from './statements';
import { ROWS_PER_MS, rowId, storySource, updateSource } from './indexing';
import { markOriginal } from './arabic';
import { correctWord, prefixWords, storiesWith } from './vocabulary';

/**
 * Full-text search on SQLite FTS5, in whatever database holds the content:
 * BM25 over headline, standfirst and body, porter stemming and diacritic
 * folding, phrases and prefixes, snippets and "Did you mean …?".
 *
 * The FTS5 row id of a document is its publication instant (epoch ms × 1024,
 * plus a counter for stories published in the same millisecond). "Published
 * by `at`" is then a row-id bound FTS5 applies while it reads its own index,
 * and "newest first" among equal scores is `rowid DESC`; no other table is
 * read to rank. Drafts are not indexed at all.
 */

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** The update of a live blog a hit matched in: the reader is taken to it. */
interface UpdateHit {
  id: string;
  title?: string;
  /** ISO 8601, as the editor wrote it. */
  at: string;
}

interface SearchHit {
  id: string;
  snippet: SnippetPart[];
  /** For a live blog: the update that holds the whole match, best first, when one does. */
  update?: UpdateHit;
}

export interface SearchOutcome {
  /** The query as searched, for showing back: cleaned and cut to length. */
  query: string;
  /** Stories matching, or the rank window's size when `capped`. */
  total: number;
  /** More stories match than the rank window holds: the newest of them, as many as it holds, were ranked and counted. */
  capped?: boolean;
  hits: SearchHit[];
  /** The query with misspelt words corrected, when that finds published stories, at least as many as the query. */
  suggestion?: string;
}

/** Headline words count ten times body words, standfirst words five times. */
export const COLUMN_WEIGHTS = { headline: 10, standfirst: 5, body: 1 } as const;
/**
 * Ranking scores every candidate, so a word in every story would cost a score per
 * story in the archive: past this many matches only the newest this many are
 * ranked (see docs/decisions, "Search ranks the newest thousand matches").
 */
export const RANK_WINDOW = 1000;
/** Fewer matches than this and the query's words are checked for misspellings. */
const SUGGEST_BELOW = 5;
/** Words in a snippet's passage. */
const PASSAGE_WORDS = 30;
/** How far before its first match a passage may start, to start with a sentence. */
const SENTENCE_REACH = 10;
// Private-use characters, which no stored text contains (they are removed on the way in).
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
/**
 * Splits marked text into plain and matched parts. Matched words with only spaces
 * between them become one part, so "green zone" reads as one highlight.
 */
export function snippetParts(text: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  for (const piece of text.split(/([\uE000\uE001])/)) {
    if (piece === MARK_START) match = true;
    else if (piece === MARK_END) match = false;
    else if (piece) parts.push({ text: piece, match });
  }
  const joined: SnippetPart[] = [];
  for (const [i, part] of parts.entries()) {
    const last = joined.at(-1);
    const bridge = !part.match && /^ +$/.test(part.text) && last?.match === true && parts[i + 1]?.match === true;
    if (last && (last.match === part.match || bridge)) last.text += part.text;
    else joined.push({ ...part });
  }
  return joined;
}

/**
 * The passage of a column's marked text (FTS5's highlight()) that a result shows: about
 * `words` words holding as many matched words as any such run, never cutting inside a match, so a
 * quoted phrase stays whole; started at the beginning of the sentence of its first match when
 * that is near. Cut ends are shown with "…". Words are runs between spaces: the stored text
 * keeps one space between words (indexing.ts), so a word like "Baghdad's" is never split.
 */
export function passageOf(marked: string, words = PASSAGE_WORDS): string {
  const all = marked.split(' ').filter(Boolean);
  // The matches as runs of words, [first, last], from the markers.
  const runs: [number, number][] = [];
  let open = -1;
  all.forEach((word, i) => {
    for (const ch of word) {
      if (ch === MARK_START && open < 0) open = i;
      if (ch === MARK_END && open >= 0) {
        // Matched words side by side are one match: a phrase is never cut between its words.
        const previous = runs.at(-1);
        if (previous && previous[1] >= open - 1) previous[1] = i;
        else runs.push([open, i]);
        open = -1;
      }
    }
  });
  if (runs.length === 0) return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
  const endsSentence = (word: string | undefined) => word === undefined || /[.!?…]["'”’)]*$/.test(word);
  let best = { start: 0, end: 0, count: -1 };
  for (const [first, last] of runs) {
    let start = Math.max(0, first - 6);
    for (let i = first; i >= Math.max(0, first - SENTENCE_REACH); i--) {
      if (endsSentence(all[i - 1]) && i <= first) {
        start = i;
        break;
      }
    }
    const straddling = runs.find(([a, b]) => a < start && b >= start);
    if (straddling) start = straddling[0];
    let end = Math.max(start + words, last + 1);
    // A match the end would cut is left out whole.
    const cut = runs.find(([a, b]) => a < end && b >= end);
    if (cut && cut[0] > last) end = cut[0];
    end = Math.min(end, all.length);
    const count = runs.filter(([a, b]) => a >= start && b < end).reduce((sum, [a, b]) => sum + b - a + 1, 0);
    if (count > best.count) best = { start, end, count };
  }
  const text = all.slice(best.start, best.end).join(' ');
  // A passage that stops at the end of a sentence needs no mark that it was cut there.
  const cut = best.end < all.length && !endsSentence(all[best.end - 1]);
  return `${best.start > 0 ? '…' : ''}${text}${cut ? '…' : ''}`;
}

const countOf = z.object({ total: z.number() });
const textOf = z.object({ text: z.string() });
const idOf = z.object({ id: z.string() });

const RANK = `bm25(search_text, ${COLUMN_WEIGHTS.headline}, ${COLUMN_WEIGHTS.standfirst}, ${COLUMN_WEIGHTS.body})`;
const highlight = (table: string, column: number) => `highlight(${table}, ${column}, '${MARK_START}', '${MARK_END}')`;

interface Ranked {
  /** Best first. */
  rows: number[];
  total: number;
  capped: boolean;
}

/** Best first, then the newer story among equals (bm25() is lower for better matches). */
function bestFirst(scored: [number, number][]): number[] {
  return scored.sort((a, b) => a[1] - b[1] || b[0] - a[0]).map(([row]) => row);
}

function scoredRows(found: unknown[]): [number, number][] {
  const rows: [number, number][] = [];
  for (const r of found) {
    const [row, score] = Array.isArray(r) ? r : [];
    if (typeof row === 'number' && typeof score === 'number') rows.push([row, score]);
  }
  return rows;
}

/**
 * The matches, best first: the newest `window` of them (all when `window` is
 * Infinity), scored as FTS5 streams them newest first, so no match outside the
 * window is scored or even visited.
 */
function rankedMatches(db: Database, expression: string, until: bigint, window: number): Ranked {
  const limit = Number.isFinite(window) ? window + 1 : -1;
  const scored = scoredRows(
    statement(db, `SELECT rowid, ${RANK} FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?`).raw().all(expression, until, limit),
  );
  const capped = scored.length > window;
  if (capped) scored.pop();
  return { rows: bestFirst(scored), total: scored.length, capped };
}

/**
 * The same for a query with phrases, scored on `scoring`, the query with each
 * phrase as its words. bm25() counts the stories a phrase is in by matching it
 * in every one of them, a full scan per query (12 ms for a phrase in 3,000 of
 * 100,000 stories; ten times that for one in 30,000). Every match holds the
 * phrase, so its words rank them nearly as the phrase would.
 */
function rankedPhraseMatches(db: Database, expression: string, scoring: string, until: bigint, window: number): Ranked {
  const limit = Number.isFinite(window) ? window + 1 : -1;
  const matches = statement(db, 'SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?')
    .pluck()
    .all(expression, until, limit)
    .filter((row): row is number => typeof row === 'number');
  const capped = matches.length > window;
  if (capped) matches.pop();
  const oldest = matches.at(-1);
  if (oldest === undefined) return { rows: [], total: 0, capped: false };
  const members = new Set(matches);
  const scored = scoredRows(
    statement(db, `SELECT rowid, ${RANK} FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? AND ?`).raw().all(scoring, rowId(oldest), until),
  ).filter(([row]) => members.has(row));
  return { rows: bestFirst(scored), total: matches.length, capped };
}

// A phrase's word used in this many times as many stories as its rarest word is
// left out of its score: "the" says nothing about which rail strike story is best.
const COMMON_WORD_RATIO = 10;

/** The terms with each phrase replaced by its words, the far more common ones left out; undefined without phrases. */
function scoringTerms(db: Database, terms: readonly QueryTerm[]): QueryTerm[] | undefined {
  if (!terms.some((term) => term.kind === 'phrase')) return undefined;
  return terms.flatMap((term): QueryTerm[] => {
    if (term.kind !== 'phrase') return [term];
    const counts = term.words.map((word) => storiesWith(db, word));
    const rarest = Math.min(...counts.filter((n) => n > 0));
    return term.words.filter((_, i) => (counts[i] ?? 0) <= rarest * COMMON_WORD_RATIO).map((word): QueryTerm => ({ kind: 'word', word }));
  });
}

/** Whether at least `count` stories match, walking no further than that. */
function matchesAtLeast(db: Database, expression: string, until: bigint, count: number): boolean {
  const found = statement(db, 'SELECT count(*) AS total FROM (SELECT 1 FROM search_text WHERE search_text MATCH ? AND rowid <= ? LIMIT ?)').get(expression, until, count);
  return countOf.parse(found).total >= count;
}

/**
 * A field as it was written, with the marks a search put in its folded form (`marked`) moved
 * onto the same words; the field itself when folding did not change it (indexing.ts).
 */
function asWritten(db: Database, source: string, field: string, marked: string): string {
  const original = statement(db, 'SELECT text FROM search_originals WHERE source = ? AND field = ?').get(source, field);
  return original === undefined ? marked : markOriginal(marked, textOf.parse(original).text, MARK_START, MARK_END);
}

/** `column` of the story at `row`, with the words the expression matches marked. */
function marked(db: Database, expression: string, row: number, column: 'standfirst' | 'body'): string | undefined {
  const found = statement(db, `SELECT ${highlight('search_text', column === 'body' ? 2 : 1)} AS text FROM search_text WHERE search_text MATCH ? AND rowid = ?`).get(
    expression,
    rowId(row),
  );
  return found === undefined ? undefined : asWritten(db, storySource(row), column, textOf.parse(found).text);
}

const updateOf = z.object({ id: z.string(), title: z.string(), at: z.string(), text: z.string() });

/**
 * The update of the live blog `blog` published by `atMs` that matches the whole expression
 * best (its title counts ten times its text), with its passage; undefined when no one update
 * holds every word.
 */
function updateMatch(db: Database, expression: string, blog: string, atMs: number): { update: UpdateHit; text: string } | undefined {
  const found = statement(
    db,
    `SELECT update_id AS id, title, at, ${highlight('search_updates', 1)} AS text FROM search_updates
     WHERE search_updates MATCH ? AND blog = ? AND at_ms <= ? ORDER BY bm25(search_updates, ${COLUMN_WEIGHTS.headline}, ${COLUMN_WEIGHTS.body}) LIMIT 1`,
  ).get(expression, blog, atMs);
  if (found === undefined) return undefined;
  const { id, title: foldedTitle, at, text } = updateOf.parse(found);
  const source = updateSource(blog, id);
  const title = asWritten(db, source, 'title', foldedTitle);
  return { update: { id, at, ...(title ? { title } : {}) }, text: asWritten(db, source, 'body', text) };
}

/**
 * The hit at `row`: for a live blog, the update that holds the match and its passage; else the
 * best passage of its body, or of its standfirst when the body does not match.
 */
function hitAt(db: Database, expression: string, row: number, atMs: number): SearchHit | undefined {
  const document = statement(db, 'SELECT id FROM search_documents WHERE row = ?').get(rowId(row));
  if (document === undefined) return undefined;
  const { id } = idOf.parse(document);
  const inUpdate = updateMatch(db, expression, id, atMs);
  if (inUpdate) return { id, snippet: snippetParts(passageOf(inUpdate.text)), update: inUpdate.update };
  const body = marked(db, expression, row, 'body');
  const text = body?.includes(MARK_START) ? body : marked(db, expression, row, 'standfirst');
  return text === undefined ? undefined : { id, snippet: snippetParts(passageOf(text)) };
}

/** The terms with misspelt words replaced by the vocabulary's closest word, or undefined when none is. */
function correctedTerms(db: Database, terms: readonly QueryTerm[], atMs: number, evenKnown: boolean): QueryTerm[] | undefined {
  let changed = false;
  const fix = (word: string) => {
    const correction = correctWord(db, word, atMs, { evenKnown });
    if (!correction) return word;
    changed = true;
    return correction.form;
  };
  const corrected = terms.map((term): QueryTerm => {
    if (term.kind === 'word') return { kind: 'word', word: fix(term.word) };
    if (term.kind === 'phrase') return { kind: 'phrase', words: term.words.map(fix) };
    return term;
  });
  return changed ? corrected : undefined;
}

/**
 * An SQLite error while searching means nothing matched: the reader sees an empty
 * result, never an error page. Errors other than a plain SQL error (a damaged or
 * locked file) are also logged, since no query caused them.
 */
function nothingOnSqliteError<T>(run: () => T, nothing: T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof BetterSqlite3.SqliteError)) throw error;
    if (error.code !== 'SQLITE_ERROR') console.error(`search: ${error.code}: ${error.message}`);
    return nothing;
  }
}

export interface SearchOptions {
  /** Only stories published by then match. */
  at: Date;
  offset: number;
  limit: number;
  /** How many of the newest matches are ranked at most (RANK_WINDOW); Infinity ranks and counts them all. */
  rankWindow?: number;
}

/**
 * Stories matching every term of `query` and published by `options.at`, best
 * match first (BM25, headline ×10, standfirst ×5, body ×1), newest first among
 * equals; when more than RANK_WINDOW match, the best of the newest RANK_WINDOW.
 * Reads only: the database may be opened read-only.
 */
export function searchDocuments(db: Database, query: string, options: SearchOptions): SearchOutcome {
  const parsed = parseQuery(query);
  const nothing: SearchOutcome = { query: parsed.text, total: 0, hits: [] };
  const atMs = options.at.getTime();
  if (parsed.terms.length === 0 || Number.isNaN(atMs)) return nothing;
  const until = rowId(atMs * ROWS_PER_MS + ROWS_PER_MS - 1);
  const offset = Math.max(0, Math.floor(options.offset));
  const limit = Math.max(0, Math.floor(options.limit));
  const rankWindow = Math.max(1, options.rankWindow ?? RANK_WINDOW);
  const expressionOf = (terms: readonly QueryTerm[]) => matchExpression(terms, (prefix) => prefixWords(db, prefix, atMs));

  const found = nothingOnSqliteError((): SearchOutcome => {
    const expression = expressionOf(parsed.terms);
    const scoring = scoringTerms(db, parsed.terms);
    const ranked = scoring
      ? rankedPhraseMatches(db, expression, expressionOf(scoring), until, rankWindow)
      : rankedMatches(db, expression, until, rankWindow);
    const hits = ranked.rows
      .slice(offset, offset + limit)
      .map((row) => hitAt(db, expression, row, atMs))
      .filter((hit): hit is SearchHit => hit !== undefined);
    const outcome: SearchOutcome = { query: parsed.text, total: ranked.total, hits };
    if (ranked.capped) outcome.capped = true;
    return outcome;
  }, nothing);

  // A word the index has never seen is corrected whenever something close is
  // known (porter may already have found its stories: "kadhimy" and "Kadhimi"
  // share a stem); a known word only when the query found little. The
  // suggestion must find published stories, at least as many as the query.
  const suggestion = nothingOnSqliteError(() => {
    const corrected = correctedTerms(db, parsed.terms, atMs, found.total < SUGGEST_BELOW);
    if (!corrected) return undefined;
    return matchesAtLeast(db, expressionOf(corrected), until, Math.max(1, found.total)) ? queryText(corrected) : undefined;
  }, undefined);
  return suggestion === undefined ? found : { ...found, suggestion };
}
