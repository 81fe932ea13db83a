import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex, type SearchDocument } from './searchIndex';
import { markdownToText, tokenize } from './tokenize';

const doc = (id: string, headline: string, standfirst: string, body: string, publishedAt = '2021-11-07T09:00:00Z'): SearchDocument => ({
  id,
  headline,
  standfirst,
  body,
  publishedAt,
});

const docs = [
  doc('drone', 'Prime minister unhurt after drone attack', 'Drones struck the residence in the Green Zone.', 'Seven guards were wounded.'),
  doc('vote', 'Iraq votes in early election', 'Turnout was low.', 'The election was called after protests. Drone footage showed empty streets.'),
  doc('results', 'Sadrists top election results', 'The movement of Moqtada al-Sadr won most seats.', 'Sadr’s bloc gained seats in Baghdad.', '2021-10-11T21:00:00Z'),
  doc('older-results', 'Election results', 'Counting goes on.', 'Results are expected.', '2021-10-01T21:00:00Z'),
];
const index = buildSearchIndex(docs);

describe('tokenize', () => {
  it('folds case, accents, plurals and possessives and drops common words', () => {
    expect(tokenize('The Élections of Sadr’s PARTIES')).toEqual(['election', 'sadr', 'party']);
    expect(tokenize('Kataib Hezbollah, 2021')).toEqual(['kataib', 'hezbollah', '2021']);
  });
});

describe('markdownToText', () => {
  it('keeps words and drops components, link targets and markup', () => {
    const text = markdownToText('## Heading\n\n<AlsoRead id="x" />\n\nSee [the map](/middle-east/map) and **this**.');
    expect(text).not.toMatch(/AlsoRead|middle-east|\*\*|##/);
    expect(tokenize(text)).toEqual(['heading', 'see', 'map']);
  });
});

describe('searchIndex', () => {
  it('finds words in headline, standfirst and body, headline matches first', () => {
    const result = searchIndex(index, 'drone');
    expect(result.total).toBe(2);
    expect(result.hits.map((h) => h.id)).toEqual(['drone', 'vote']);
  });

  it('needs every word of the query', () => {
    expect(searchIndex(index, 'election sadr').hits.map((h) => h.id)).toEqual(['results']);
    expect(searchIndex(index, 'election zebra').total).toBe(0);
  });

  it('puts the newer story first when two match equally', () => {
    const a = doc('a', 'Ceasefire holds', '', '', '2021-10-01T00:00:00Z');
    const b = doc('b', 'Ceasefire holds', '', '', '2021-11-01T00:00:00Z');
    expect(searchIndex(buildSearchIndex([a, b]), 'ceasefire').hits.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('pages through results and counts them all', () => {
    const all = searchIndex(index, 'results').hits.map((h) => h.id);
    expect(all).toHaveLength(2);
    const second = searchIndex(index, 'results', 1, 1);
    expect(second.total).toBe(2);
    expect(second.hits.map((h) => h.id)).toEqual([all[1]]);
  });

  it('finds nothing for an empty query or one of common words only', () => {
    expect(searchIndex(index, '   ').total).toBe(0);
    expect(searchIndex(index, 'the of and').total).toBe(0);
    expect(searchIndex(index, '<script>alert(1)</script>').total).toBe(0);
  });
});
