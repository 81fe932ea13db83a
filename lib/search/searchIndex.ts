import { tokenize } from './tokenize';

export interface SearchDocument {
  id: string;
  headline: string;
  standfirst: string;
  /** Plain body text. */
  body: string;
  /** ISO date-time; breaks ties, newest first. */
  publishedAt: string;
}

/** A match in the headline counts three times one in the body; in the standfirst, twice. */
const FIELD_WEIGHTS = { headline: 3, standfirst: 2, body: 1 } as const;
// Okapi BM25's usual constants.
const K1 = 1.2;
const B = 0.75;
/** Longer queries are cut here: each term costs a pass over its postings. */
export const MAX_QUERY_TERMS = 12;

interface Postings {
  docs: number[];
  /** Field-weighted term frequency, parallel to `docs`. */
  weights: number[];
}

export interface SearchIndex {
  ids: string[];
  published: number[];
  lengths: number[];
  averageLength: number;
  terms: Map<string, Postings>;
}

/** An inverted index over headline, standfirst and body, built once and reused for every query. */
export function buildSearchIndex(documents: Iterable<SearchDocument>): SearchIndex {
  const index: SearchIndex = { ids: [], published: [], lengths: [], averageLength: 0, terms: new Map() };
  let total = 0;
  for (const doc of documents) {
    const n = index.ids.length;
    index.ids.push(doc.id);
    index.published.push(Date.parse(doc.publishedAt) || 0);
    const counts = new Map<string, number>();
    let length = 0;
    for (const field of ['headline', 'standfirst', 'body'] as const) {
      const weight = FIELD_WEIGHTS[field];
      for (const term of tokenize(doc[field])) {
        counts.set(term, (counts.get(term) ?? 0) + weight);
        length += weight;
      }
    }
    for (const [term, weight] of counts) {
      let postings = index.terms.get(term);
      if (!postings) {
        postings = { docs: [], weights: [] };
        index.terms.set(term, postings);
      }
      postings.docs.push(n);
      postings.weights.push(weight);
    }
    index.lengths.push(length);
    total += length;
  }
  index.averageLength = index.ids.length ? total / index.ids.length : 0;
  return index;
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchResult {
  /** The distinct terms searched for, after folding. */
  terms: string[];
  total: number;
  hits: SearchHit[];
}

/**
 * Stories containing every term of the query, best match first (BM25 over
 * weighted fields), newest first among equals.
 */
export function searchIndex(index: SearchIndex, query: string, offset = 0, limit = 20): SearchResult {
  const terms = [...new Set(tokenize(query))].slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return { terms, total: 0, hits: [] };
  const lists: Postings[] = [];
  for (const term of terms) {
    const postings = index.terms.get(term);
    if (!postings) return { terms, total: 0, hits: [] };
    lists.push(postings);
  }
  // Walk the rarest term's list and find each of its documents in the others
  // by binary search: postings are in document order, so cursors only move on.
  lists.sort((a, b) => a.docs.length - b.docs.length);
  const [rarest, ...rest] = lists;
  if (!rarest) return { terms, total: 0, hits: [] };
  const cursors = rest.map(() => 0);
  const n = index.ids.length;
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const termScore = (weight: number, doc: number, df: number) => {
    const norm = 1 - B + (B * (index.lengths[doc] ?? 0)) / (index.averageLength || 1);
    return idf(df) * ((weight * (K1 + 1)) / (weight + K1 * norm));
  };

  const scored: { doc: number; score: number }[] = [];
  outer: for (let i = 0; i < rarest.docs.length; i++) {
    const doc = rarest.docs[i] ?? 0;
    let score = termScore(rarest.weights[i] ?? 0, doc, rarest.docs.length);
    for (let t = 0; t < rest.length; t++) {
      const list = rest[t];
      if (!list) continue outer;
      const at = lowerBound(list.docs, doc, cursors[t] ?? 0);
      cursors[t] = at;
      if (list.docs[at] !== doc) continue outer;
      score += termScore(list.weights[at] ?? 0, doc, list.docs.length);
    }
    scored.push({ doc, score });
  }
  scored.sort((a, b) => b.score - a.score || (index.published[b.doc] ?? 0) - (index.published[a.doc] ?? 0));
  return {
    terms,
    total: scored.length,
    hits: scored.slice(offset, offset + limit).map((s) => ({ id: index.ids[s.doc] ?? '', score: s.score })),
  };
}

/** First position at or after `from` whose value is not less than `value`. */
function lowerBound(sorted: number[], value: number, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
