import type Database from 'better-sqlite3';
import { z } from 'zod';
import { COLUMN_WEIGHTS, RANK_WINDOW } from '../lib/content/search/engine';

/**
 * The ranking designs `scripts/bench-search.ts` compares on one search file
 * (docs/decisions/0005-search-ranks-the-newest-thousand-matches.md), and the timing helpers
 * it shares with the bench's own queries.
 */

export interface DesignFigures {
  design: string;
  query: string;
  /** Stories counted; one more than the window when the count is capped. */
  total: number;
  p50: number;
  p95: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Milliseconds of `runs` calls, sorted, after one call to warm the cache. */
export function timings(runs: number, call: () => unknown): number[] {
  call();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    call();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));


export function timeDesigns(db: Database.Database, at: Date, runs: number): DesignFigures[] {
  const until = BigInt(at.getTime()) * 1024n + 1023n;
  const rank = `bm25(search_text, ${COLUMN_WEIGHTS.headline}, ${COLUMN_WEIGHTS.standfirst}, ${COLUMN_WEIGHTS.body})`;
  const count = db.prepare('SELECT count(*) FROM search_text WHERE search_text MATCH ? AND rowid <= ?').pluck();
  const byBm25 = db.prepare(`SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY ${rank}, rowid DESC LIMIT 20`);
  const byRank = db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rank LIMIT 20');
  const edge = db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT 2 OFFSET ?').pluck();
  const inWindow = db.prepare(`SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? AND ? ORDER BY ${rank}, rowid DESC LIMIT 20`);
  const streamed = db.prepare(`SELECT rowid, ${rank} FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?`).raw();
  const window = RANK_WINDOW.toLocaleString('en-GB');
  const designs: DesignFigures[] = [];
  const members = db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?').pluck();
  const inRange = db.prepare(`SELECT rowid, ${rank} FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? AND ?`).raw();
  // The words a phrase is scored on: "the" is left out (see rankedPhraseMatches in lib/content/search/engine.ts).
  const compared: [string, string, string?][] = [
    ['said', '"said"'],
    ['ministry said', '"ministry" AND "said"'],
    ['"the rail strike"', '"the rail strike"', '"rail" AND "strike"'],
  ];
  for (const [query, expression, words] of compared) {
    const exactCount = () => z.number().parse(count.get(expression, until));
    const tried: [string, () => number][] = [
      [
        'every match scored by bm25(), exact count',
        () => {
          byBm25.all(expression, until);
          return exactCount();
        },
      ],
      [
        'every match, FTS5 ORDER BY rank (bm25 configured), exact count',
        () => {
          byRank.all(expression, until);
          return exactCount();
        },
      ],
      [
        `newest ${window}: find the oldest of them, then ORDER BY bm25() from there, count capped`,
        () => {
          const [oldest, beyond] = z.array(z.number()).parse(edge.all(expression, until, RANK_WINDOW - 1));
          if (oldest === undefined) {
            byBm25.all(expression, until);
            return exactCount();
          }
          inWindow.all(expression, BigInt(oldest), until);
          return beyond === undefined ? RANK_WINDOW : RANK_WINDOW + 1;
        },
      ],
      [
        `newest ${window} scored as FTS5 streams them, sorted in JS, count capped (chosen${words ? ' for queries without a phrase' : ''})`,
        () => {
          const scored = z.array(z.tuple([z.number(), z.number()])).parse(streamed.all(expression, until, RANK_WINDOW + 1));
          scored.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
          return scored.length;
        },
      ],
    ];
    if (words) {
      tried.push([
        `newest ${window} walked, then scored on the phrase's rarer words (${words}), count capped (chosen for phrases)`,
        () => {
          const rows = z.array(z.number()).parse(members.all(expression, until, RANK_WINDOW + 1));
          const oldest = rows.at(-1);
          if (oldest === undefined) return 0;
          const inPhrase = new Set(rows);
          const scored = z
            .array(z.tuple([z.number(), z.number()]))
            .parse(inRange.all(words, BigInt(oldest), until))
            .filter(([row]) => inPhrase.has(row));
          scored.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
          return rows.length;
        },
      ]);
    }
    for (const [design, call] of tried) {
      const samples = timings(Math.min(runs, 50), call);
      designs.push({ design, query, total: call(), p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)) });
    }
  }
  return designs;
}

/**
 * Builds the search tables for the articles (or, with `reuse`, times the file a
 * kept run left), then times the queries against the file opened read-only.
 */
