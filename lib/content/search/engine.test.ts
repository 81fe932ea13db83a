import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchTables, deleteSearchDocument, putSearchDocument, putUpdateDocuments, type SearchDocument } from './indexing';
import {
  passageOf,
  searchDocuments,
  snippetParts,
  type SearchOptions,
  type SearchOutcome,
} from './engine';
import { matchExpression, parseQuery } from './query';

// The corpus avoids the words FTS5 syntax is made of ("or", "near", "not", "a", …), so a
// query of syntax alone must find nothing here, and anything it finds came from misreading it.
const AT = new Date('2024-06-01T12:00:00Z');

const doc = (id: string, headline: string, standfirst: string, body: string, publishedAt: string, draft = false): SearchDocument => ({
  id,
  headline,
  standfirst,
  body,
  publishedAt,
  draft,
});

const CORPUS: SearchDocument[] = [
  doc(
    'drone-attack',
    'Prime minister unhurt after drone attack',
    'Explosive drones struck the residence in the Green Zone on Sunday.',
    'Seven guards were wounded. Mustafa al-Kadhimi called for calm. Kadhimi later chaired his cabinet.',
    '2021-11-07T06:00:00Z',
  ),
  doc(
    'vote',
    'Iraq votes in early election',
    'Turnout fell to its lowest level since 2005.',
    'The election was called after protests. Voting ended at six in the evening. Drone footage showed empty streets in Baghdad.',
    '2021-10-10T16:30:00Z',
  ),
  doc(
    'results',
    'Sadrists top election results',
    'The movement of Moqtada al-Sadr won the most seats.',
    'Kadhimi congratulated the winners. The green light for talks came late; the zone around parliament was closed.',
    '2021-10-11T18:00:00Z',
  ),
  doc(
    'reaction',
    'World condemns attack',
    'Governments offered support to Baghdad.',
    'Ministers in Kādhimī’s cabinet thanked allies. Tehran said the attack was the work of enemies of Iraq.',
    '2021-11-08T11:00:00Z',
  ),
  doc('ceasefire-headline', 'Ceasefire holds in the north', 'Both sides kept their positions.', 'Monitors counted no incidents overnight.', '2021-09-01T08:00:00Z'),
  doc(
    'ceasefire-body',
    'Talks resume in Geneva',
    'Envoys met behind closed doors.',
    'The ceasefire was discussed at length. Each ceasefire proposal was recorded. Delegates hope the ceasefire lasts.',
    '2021-09-02T08:00:00Z',
  ),
  doc('draft-ferry', 'Zanzibar ferry plan', 'Officials weigh new routes.', 'Zanzibar harbour would gain two berths.', '2021-11-01T08:00:00Z', true),
  doc('scheduled-census', 'Quokka census begins', 'Rangers count every animal.', 'The quokka population is counted each decade.', '2030-01-01T08:00:00Z'),
];

function databaseOf(documents: readonly SearchDocument[]): Database.Database {
  const db = new Database(':memory:');
  createSearchTables(db);
  for (const d of documents) putSearchDocument(db, d);
  return db;
}

const db = databaseOf(CORPUS);
const search = (query: string, options: Partial<SearchOptions> = {}, on = db): SearchOutcome =>
  searchDocuments(on, query, { at: AT, offset: 0, limit: 20, ...options });
const ids = (query: string, on = db) => search(query, {}, on).hits.map((h) => h.id);
const marked = (outcome: SearchOutcome, id: string) =>
  outcome.hits
    .find((h) => h.id === id)
    ?.snippet.filter((p) => p.match)
    .map((p) => p.text);

describe('createSearchTables', () => {
  it('can run again on a database that has them, keeping what is indexed', () => {
    createSearchTables(db);
    expect(ids('ceasefire')).toHaveLength(2);
  });

  it('names every table and index it makes with search_', () => {
    const fresh = new Database(':memory:');
    createSearchTables(fresh);
    const names = fresh.prepare("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").pluck().all();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^search_/);
  });
});

describe('searchDocuments: matching', () => {
  it('ranks a story with the word in its headline above one with it only in the body', () => {
    expect(ids('ceasefire')).toEqual(['ceasefire-headline', 'ceasefire-body']);
  });

  it('puts the newer story first when two match equally', () => {
    const twins = databaseOf([
      doc('older', 'Harvest begins', '', '', '2021-09-01T08:00:00Z'),
      doc('newer', 'Harvest begins', '', '', '2021-10-01T08:00:00Z'),
      doc('same-instant', 'Harvest begins', '', '', '2021-10-01T08:00:00Z'),
    ]);
    expect(ids('harvest', twins)).toEqual(['same-instant', 'newer', 'older']);
  });

  it('finds other forms of a word (stemming)', () => {
    expect(ids('elections').sort()).toEqual(['results', 'vote']);
    expect(ids('voted').sort()).toEqual(['vote']);
  });

  it('folds case and diacritics both ways', () => {
    const kadhimi = ['drone-attack', 'reaction', 'results'];
    expect(ids('kadhimi').sort()).toEqual(kadhimi);
    expect(ids('Kādhimī').sort()).toEqual(kadhimi);
    expect(ids('KADHIMI').sort()).toEqual(kadhimi);
  });

  it('needs every word of the query', () => {
    expect(ids('drone election')).toEqual(['vote']);
    expect(ids('drone zebra')).toEqual([]);
  });

  it('matches a "quoted phrase" only with its words together and in order', () => {
    expect(ids('green zone').sort()).toEqual(['drone-attack', 'results']);
    expect(ids('"green zone"')).toEqual(['drone-attack']);
    expect(ids('"zone green"')).toEqual([]);
  });

  it('ranks phrase matches as word matches: headline first, then the newer', () => {
    const strikes = databaseOf([
      doc('body', 'Commuters wait', 'Trains stopped.', 'The rail strike closed the line. The rail strike goes on.', '2021-03-03T00:00:00Z'),
      doc('headline', 'The rail strike ends', 'Trains run again.', 'Services resumed.', '2021-03-01T00:00:00Z'),
      doc('apart', 'Rail fares rise', 'The strike was elsewhere.', 'The rail union met.', '2021-03-04T00:00:00Z'),
      doc('twin', 'The rail strike ends', 'Trains run again.', 'Services resumed.', '2021-03-02T00:00:00Z'),
    ]);
    expect(ids('"the rail strike"', strikes)).toEqual(['twin', 'headline', 'body']);
    // Each page is full: a story with the words apart is neither a hit nor a place in the ranking.
    expect(search('"the rail strike"', { limit: 1, offset: 1 }, strikes).hits.map((h) => h.id)).toEqual(['headline']);
    expect(search('"the rail strike"', { limit: 1, offset: 2 }, strikes).hits.map((h) => h.id)).toEqual(['body']);
    expect(ids('"rail strike" trains', strikes)).toEqual(['twin', 'headline', 'body']);
    expect(search('"the rail strike"', { rankWindow: 2 }, strikes)).toMatchObject({ total: 2, capped: true });
    expect(search('"the rail strike"', { rankWindow: 2 }, strikes).hits.map((h) => h.id)).toEqual(['twin', 'body']);
  });

  it('matches a prefix* term against every word that begins so', () => {
    expect(ids('kadh*').sort()).toEqual(['drone-attack', 'reaction', 'results']);
    expect(ids('ceasef*')).toEqual(['ceasefire-headline', 'ceasefire-body']);
    expect(ids('ceasef')).toEqual([]);
  });

  it('matches a prefix against words as written, not their stems', () => {
    // The stem of "Governments" is "govern", which does not begin "governm".
    expect(ids('governm*')).toEqual(['reaction']);
    expect(ids('kādh*').sort()).toEqual(['drone-attack', 'reaction', 'results']);
  });

  it("never expands a prefix to a draft's or a scheduled story's words", () => {
    expect(search('zanz*').total).toBe(0);
    expect(search('quok*').total).toBe(0);
    expect(search('quok*', { at: new Date('2030-01-02T00:00:00Z') }).hits.map((h) => h.id)).toEqual(['scheduled-census']);
  });

  it('never finds a draft', () => {
    expect(search('zanzibar').total).toBe(0);
    expect(search('ferry').total).toBe(0);
  });

  it('finds a scheduled story only once its time has come', () => {
    expect(search('quokka').total).toBe(0);
    expect(search('quokka', { at: new Date('2030-01-01T07:59:59.999Z') }).total).toBe(0);
    expect(search('quokka', { at: new Date('2030-01-01T08:00:00Z') }).hits.map((h) => h.id)).toEqual(['scheduled-census']);
  });
});

describe('searchDocuments: pages', () => {
  const many = databaseOf(
    Array.from({ length: 45 }, (_, i) =>
      doc(`harbour-${i}`, `Harbour report ${i}`, 'Ships and cargo.', 'The harbour was busy.', new Date(Date.UTC(2021, 0, 1 + i)).toISOString()),
    ),
  );

  it('counts every match and returns one page of them', () => {
    const first = search('harbour', { limit: 20 }, many);
    const third = search('harbour', { offset: 40, limit: 20 }, many);
    expect(first.total).toBe(45);
    expect(first.hits).toHaveLength(20);
    expect(third.total).toBe(45);
    expect(third.hits).toHaveLength(5);
  });

  it('gives every match once across the pages, in rank order', () => {
    const paged = [0, 20, 40].flatMap((offset) => search('harbour', { offset, limit: 20 }, many).hits.map((h) => h.id));
    expect(new Set(paged).size).toBe(45);
    // Equal scores: newest first, so the last-dated story leads and the first closes.
    expect(paged[0]).toBe('harbour-44');
    expect(paged.at(-1)).toBe('harbour-0');
  });

  it('ranks only the newest 1,000 when more match, and says so', () => {
    const archive = databaseOf([
      // The best match of all, but older than the newest thousand.
      doc('old-best', 'Lighthouse lighthouse lighthouse', '', '', '2001-01-01T00:00:00Z'),
      ...Array.from({ length: 1000 }, (_, i) => doc(`n${i}`, `Report ${i}`, '', 'The lighthouse keeper wrote.', new Date(Date.UTC(2010, 0, 1, 0, i)).toISOString())),
    ]);
    const capped = search('lighthouse', {}, archive);
    expect(capped).toMatchObject({ total: 1000, capped: true });
    expect(capped.hits.map((h) => h.id)).not.toContain('old-best');
    expect(search('lighthouse', { offset: 999, limit: 20 }, archive).hits).toHaveLength(1);
    // Without a window every match is counted and ranked.
    const all = search('lighthouse', { rankWindow: Infinity }, archive);
    expect(all.total).toBe(1001);
    expect(all.capped).toBeUndefined();
    expect(all.hits[0]?.id).toBe('old-best');
    // At exactly the window's size every match is counted and ranked.
    deleteSearchDocument(archive, 'n0');
    const exact = search('lighthouse', {}, archive);
    expect(exact.total).toBe(1000);
    expect(exact.capped).toBeUndefined();
    expect(exact.hits[0]?.id).toBe('old-best');
  });

  it('returns no hits past the end, still with the total', () => {
    const past = search('harbour', { offset: 60, limit: 20 }, many);
    expect(past).toMatchObject({ total: 45, hits: [] });
  });
});

describe('searchDocuments: snippets', () => {
  it('marks the matched words in the best passage of the body', () => {
    const outcome = search('cabinet');
    expect(marked(outcome, 'drone-attack')).toEqual(['cabinet']);
    const text = outcome.hits.find((h) => h.id === 'drone-attack')?.snippet.map((p) => p.text).join('');
    expect(text).toContain('Kadhimi later chaired his cabinet');
  });

  it('marks the forms the query found, as written in the story', () => {
    expect(marked(search('kadhimi'), 'reaction')).toEqual(['Kādhimī']);
    expect(marked(search('"green zone"'), 'drone-attack')).toEqual(['Green Zone']);
  });

  it('uses the standfirst when the body does not match, and its opening when neither does', () => {
    expect(marked(search('explosive'), 'drone-attack')).toEqual(['Explosive']);
    const headlineOnly = search('unhurt').hits.find((h) => h.id === 'drone-attack');
    expect(headlineOnly?.snippet).toEqual([{ text: 'Explosive drones struck the residence in the Green Zone on Sunday.', match: false }]);
  });

  it('shuts out the marker characters a story might contain', () => {
    const odd = databaseOf([doc('odd', 'Markers', '', 'Before \uE000 lighthouse \uE001 after.', '2021-01-01T00:00:00Z')]);
    expect(search('lighthouse', {}, odd).hits[0]?.snippet).toEqual([
      { text: 'Before ', match: false },
      { text: 'lighthouse', match: true },
      { text: ' after.', match: false },
    ]);
  });

  it('splits marked text into parts, one highlight for matched words with only spaces between', () => {
    expect(snippetParts('…the \uE000green\uE001 \uE000zone\uE001 was \uE000green\uE001, \uE000zone\uE001')).toEqual([
      { text: '…the ', match: false },
      { text: 'green zone', match: true },
      { text: ' was ', match: false },
      { text: 'green', match: true },
      { text: ', ', match: false },
      { text: 'zone', match: true },
    ]);
    expect(snippetParts('plain')).toEqual([{ text: 'plain', match: false }]);
    expect(snippetParts('…in Baghdad')).toEqual([{ text: '…in Baghdad', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });
});

describe('passageOf', () => {
  const M = (words: string) => `\uE000${words}\uE001`;
  const filler = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

  it('keeps a matched phrase whole where the passage would end inside it', () => {
    const text = `${filler(20)}. Then ${filler(3)} ${M('Green')} ${M('Zone')} ${filler(20, 'after')}`;
    expect(passageOf(text, 5)).toBe(`…Then word word word ${M('Green')} ${M('Zone')}…`);
  });

  it('never cuts inside a match, wherever the matches fall', () => {
    // Texts of plain words and matches of one to three words, in every arrangement a seed gives.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const words: string[] = [];
      while (words.length < 60) words.push(next() < 0.15 ? M(filler(1 + Math.floor(next() * 3), 'hit')) : next() < 0.1 ? 'end.' : 'word');
      const passage = passageOf(words.join(' '), 5 + Math.floor(next() * 20));
      const marks = passage.replace(/[^\uE000\uE001]/g, '');
      expect(marks).toMatch(/^(?:\uE000\uE001)*$/);
      expect(passage.replace(/\uE000(?:hit ?)+\uE001/g, '')).not.toMatch(/hit/);
    }
  });

  it('starts at the beginning of the sentence of its first match when that is near', () => {
    const text = `${filler(40, 'earlier')}. The ministry said ${M('drones')} were used. ${filler(40, 'later')}`;
    expect(passageOf(text, 8)).toBe(`…The ministry said ${M('drones')} were used. later later…`);
  });

  it('shows the part with the most matches', () => {
    const text = `${M('drone')} ${filler(40)} ${M('drone')} one ${M('drone')} two ${filler(40)}`;
    expect(passageOf(text, 6)).toBe(`…word word word word ${M('drone')} one ${M('drone')}…`);
  });

  it('shows the opening when nothing is marked, and a short text whole', () => {
    expect(passageOf(`${filler(3)} end`, 10)).toBe('word word word end');
    expect(passageOf(filler(12), 10)).toBe(`${filler(10)}…`);
    // Cut where a sentence ends, it needs no mark of the cut.
    expect(passageOf(`${M('Drones')} struck. ${filler(20)}`, 2)).toBe(`${M('Drones')} struck.`);
  });
});

describe('searchDocuments: updates of a live blog', () => {
  const blogDb = databaseOf([
    doc(
      'night-live',
      'Drone attack on the residence: live',
      'Follow the night as it unfolded.',
      'Security forces release images of the damage — Images show doors torn from their frames. The ministry revises its account of the drones — The ministry said two drones were used.',
      '2021-11-07T00:20:00Z',
    ),
  ]);
  putUpdateDocuments(blogDb, 'night-live', [
    { id: 'images', title: 'Security forces release images of the damage', text: 'Images show doors torn from their frames.', at: '2021-11-07T13:30:00Z' },
    { id: 'revised', title: 'The ministry revises its account of the drones', text: 'The ministry said two drones were used.', at: '2021-11-07T14:00:00Z' },
    { id: 'later', title: 'Frames of the doors', text: 'Not yet published.', at: '2024-07-01T00:00:00Z' },
  ]);

  it('names the update that holds the match, with its passage apart from its title', () => {
    const hit = search('"two drones"', {}, blogDb).hits[0];
    expect(hit?.update).toEqual({ id: 'revised', title: 'The ministry revises its account of the drones', at: '2021-11-07T14:00:00Z' });
    expect(hit?.snippet.map((p) => p.text).join('')).toBe('The ministry said two drones were used.');
  });

  it('counts a match in an update’s title, and never an update not yet published', () => {
    expect(search('damage', {}, blogDb).hits[0]?.update?.id).toBe('images');
    expect(search('frames doors', {}, blogDb).hits[0]?.update?.id).toBe('images');
  });

  it('names no update when the words are spread over several', () => {
    const hit = search('torn ministry', {}, blogDb).hits[0];
    expect(hit?.id).toBe('night-live');
    expect(hit?.update).toBeUndefined();
  });

  it('forgets a live blog’s updates with the live blog', () => {
    deleteSearchDocument(blogDb, 'night-live');
    expect(blogDb.prepare('SELECT count(*) FROM search_updates').pluck().get()).toBe(0);
  });
});

describe('searchDocuments: hostile queries', () => {
  const hostile = [
    'NEAR(',
    'NEAR(ministers cabinet, 2)',
    'a OR',
    'OR',
    'AND',
    'NOT',
    '-x',
    'col:term',
    'headline:zebra',
    '{headline body}:zebra',
    '^',
    '^zebra',
    '*',
    '**',
    '"',
    '"""',
    '"zebra',
    'zebra"',
    '((',
    '))',
    '[[{',
    '(zebra',
    'q'.repeat(10 * 1024),
    'zebra '.repeat(2048),
    '\u0000',
    '\u0000\u0007\u001b[\u007f',
    '!?.,;:…—',
    '🙂🔥🇮🇶',
    'بغداد',
    'שלום עולם',
    '\u200fzebra\u200e',
    '\ud800',
    '\uE000\uE001',
    "'; DROP TABLE search_text; --",
    'zebra\\',
    '%_%',
  ];

  for (const query of hostile) {
    it(`finds nothing, without an error, for ${JSON.stringify(query.length > 40 ? `${query.slice(0, 20)}… (${query.length} characters)` : query)}`, () => {
      const outcome = search(query);
      expect(outcome.total).toBe(0);
      expect(outcome.hits).toEqual([]);
      expect(outcome.query.length).toBeLessThanOrEqual(200);
      // Found nothing because nothing matched, not because FTS5 refused the expression.
      const { terms } = parseQuery(query);
      if (terms.length > 0) expect(() => db.prepare('SELECT count(*) FROM search_text WHERE search_text MATCH ?').get(matchExpression(terms))).not.toThrow();
    });
  }

  it('still searches after all of them', () => {
    expect(ids('ceasefire')).toEqual(['ceasefire-headline', 'ceasefire-body']);
  });

  it('finds the words that FTS5 would read as operators', () => {
    const plain = databaseOf([doc('truce', 'Ceasefire or truce', 'Talks near the border.', 'Not yet signed.', '2021-01-01T00:00:00Z')]);
    expect(ids('truce OR', plain)).toEqual(['truce']);
    expect(ids('NEAR border', plain)).toEqual(['truce']);
    expect(ids('NOT signed', plain)).toEqual(['truce']);
    expect(ids('ceasefire AND truce', plain)).toEqual([]);
  });

  it('reads operators as words and brackets as nothing', () => {
    // FTS5 would read these as OR, NOT and a column filter; here they are words, all required.
    expect(ids('drone OR zebra')).toEqual([]);
    expect(ids('-election').sort()).toEqual(['results', 'vote']);
    expect(ids('headline:ceasefire')).toEqual([]);
    expect(ids('(ceasefire')).toEqual(['ceasefire-headline', 'ceasefire-body']);
  });

  it('answers an SQLite error with nothing matched', () => {
    const empty = new Database(':memory:');
    expect(searchDocuments(empty, 'ceasefire', { at: AT, offset: 0, limit: 20 })).toEqual({ query: 'ceasefire', total: 0, hits: [] });
  });

  it('answers an invalid moment or page with nothing, not an error', () => {
    expect(search('ceasefire', { at: new Date(Number.NaN) }).total).toBe(0);
    expect(search('ceasefire', { offset: -5, limit: 1 }).hits.map((h) => h.id)).toEqual(['ceasefire-headline']);
  });

  it('survives random strings of letters, syntax, control characters and scripts', () => {
    const alphabet = ['kad', 'cea', 'gov', 'elec', 'OR', 'AND', 'NOT', 'NEAR', 'a', 'e', 'k', 'z', 'Z', 'ā', 'ß', '0', '7', ' ', ' ', '"', '"', '*', '(', ')', '-', '+', ':', '^', '{', '}', '[', ']', ',', '.', "'", '\\', '\u0000', '\u0007', '\t', '\n', '\u200f', '\u0304', '🙂', 'ب', 'ש', '中', '\ud800', '\uE000', '\uE001'];
    let seed = 20240601;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let run = 0; run < 2000; run++) {
      const length = Math.floor(random() * 40);
      const query = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)] ?? '').join('');
      const outcome = search(query);
      expect(outcome.total).toBeGreaterThanOrEqual(0);
      expect(outcome.hits.length).toBeLessThanOrEqual(Math.min(20, outcome.total));
      // The expression itself must be valid FTS5, not an error the engine hides.
      const { terms } = parseQuery(query);
      if (terms.length > 0) expect(() => db.prepare('SELECT count(*) FROM search_text WHERE search_text MATCH ?').get(matchExpression(terms)), query).not.toThrow();
    }
  });
});

describe('the index as articles change', () => {
  it('replaces a story with the same id', () => {
    const changing = databaseOf(CORPUS);
    putSearchDocument(changing, doc('vote', 'Iraq counts its ballots', 'Slowly.', 'Observers watched.', '2021-10-10T16:30:00Z'));
    expect(ids('turnout', changing)).toEqual([]);
    expect(ids('ballots', changing)).toEqual(['vote']);
    expect(search('turnot', {}, changing).suggestion).toBeUndefined();
  });

  it('moves a story that is republished at another time', () => {
    const changing = databaseOf(CORPUS);
    putSearchDocument(changing, doc('vote', 'Iraq votes in early election', '', '', '2029-10-10T16:30:00Z'));
    expect(ids('votes', changing)).toEqual([]);
    expect(search('votes', { at: new Date('2030-01-01T00:00:00Z') }, changing).hits.map((h) => h.id)).toEqual(['vote']);
  });

  it('withdraws a story that becomes a draft', () => {
    const changing = databaseOf(CORPUS);
    putSearchDocument(changing, { ...CORPUS[4]!, draft: true });
    expect(ids('ceasefire', changing)).toEqual(['ceasefire-body']);
  });

  it('forgets a deleted story and its words', () => {
    const changing = databaseOf(CORPUS);
    deleteSearchDocument(changing, 'ceasefire-body');
    deleteSearchDocument(changing, 'no-such-story');
    expect(ids('ceasefire', changing)).toEqual(['ceasefire-headline']);
    expect(ids('delegates', changing)).toEqual([]);
    expect(changing.prepare("SELECT count(*) FROM search_words WHERE word = 'delegates'").pluck().get()).toBe(0);
  });

  it('refuses a publication time that is not a date, naming the story', () => {
    const changing = databaseOf([]);
    expect(() => putSearchDocument(changing, doc('bad', 'Bad', '', '', 'yesterday'))).toThrow(/"bad".*"yesterday"/);
  });
});

describe('a database opened read-only', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-search-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is searched without writing', () => {
    const file = path.join(dir, 'store.sqlite');
    const writable = new Database(file);
    createSearchTables(writable);
    for (const d of CORPUS) putSearchDocument(writable, d);
    writable.close();
    const readOnly = new Database(file, { readonly: true, fileMustExist: true });
    expect(ids('ceasefire', readOnly)).toEqual(['ceasefire-headline', 'ceasefire-body']);
    expect(search('electon', {}, readOnly).suggestion).toBe('election');
    readOnly.close();
  });
});
