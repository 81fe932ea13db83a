import { describe, expect, it } from 'vitest';
import { cleanQuery, matchExpression, parseQuery, queryText } from './query';

describe('parseQuery', () => {
  it('reads words, "quoted phrases" and prefix* terms', () => {
    expect(parseQuery('green "prime minister" kadh*').terms).toEqual([
      { kind: 'word', word: 'green' },
      { kind: 'phrase', words: ['prime', 'minister'] },
      { kind: 'prefix', word: 'kadh' },
    ]);
  });

  it('keeps letters of every script and their diacritics, and digits', () => {
    expect(parseQuery('Kādhimī بغداد 2021').terms).toEqual([
      { kind: 'word', word: 'Kādhimī' },
      { kind: 'word', word: 'بغداد' },
      { kind: 'word', word: '2021' },
    ]);
  });

  it('treats FTS5 operators and punctuation as words or separators', () => {
    const words = (q: string) => parseQuery(q).terms.map((t) => (t.kind === 'phrase' ? t.words.join(' ') : `${t.kind}:${t.word}`));
    expect(words('NEAR(a b, 2)')).toEqual(['word:NEAR', 'word:a', 'word:b', 'word:2']);
    expect(words('drone OR zebra')).toEqual(['word:drone', 'word:OR', 'word:zebra']);
    expect(words('-drone')).toEqual(['word:drone']);
    expect(words('headline:drone')).toEqual(['word:headline', 'word:drone']);
    expect(words('{headline body}: drone')).toEqual(['word:headline', 'word:body', 'word:drone']);
    expect(words('^drone')).toEqual(['word:drone']);
    expect(words('* ** *drone')).toEqual(['word:drone']);
    expect(words("'; DROP TABLE search_text; --")).toEqual(['word:DROP', 'word:TABLE', 'word:search', 'word:text']);
  });

  it('reads an unbalanced quote as plain words', () => {
    expect(parseQuery('"green zone').terms).toEqual([
      { kind: 'word', word: 'green' },
      { kind: 'word', word: 'zone' },
    ]);
    expect(parseQuery('"green zone" "prime').terms).toEqual([
      { kind: 'phrase', words: ['green', 'zone'] },
      { kind: 'word', word: 'prime' },
    ]);
  });

  it('searches a one-word phrase as a word, and ignores empty quotes', () => {
    expect(parseQuery('"drone" "" " "').terms).toEqual([{ kind: 'word', word: 'drone' }]);
  });

  it('searches a prefix of fewer than three letters as a word', () => {
    expect(parseQuery('ka* kad*').terms).toEqual([
      { kind: 'word', word: 'ka' },
      { kind: 'prefix', word: 'kad' },
    ]);
  });

  it('drops repeated terms, whatever their case', () => {
    expect(parseQuery('Drone drone DRONE drone*').terms).toEqual([
      { kind: 'word', word: 'Drone' },
      { kind: 'prefix', word: 'drone' },
    ]);
  });

  it('keeps at most 12 terms', () => {
    const many = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    expect(parseQuery(many).terms).toHaveLength(12);
  });

  it('finds no terms in punctuation, emoji or control characters', () => {
    for (const q of ['', '   ', '!?.,;:', '"', '""', '((', ')]}', '🙂🔥', '\u0000\u0007\u001b[\u007f', '*', '^', '-']) {
      expect(parseQuery(q).terms, JSON.stringify(q)).toEqual([]);
    }
  });
});

describe('cleanQuery', () => {
  it('turns control, format and private-use characters into spaces and collapses spaces', () => {
    expect(cleanQuery('  drone\u0000attack\u200f\n\t  \uE000home ')).toBe('drone attack home');
  });

  it('cuts a query to 200 characters, without splitting an emoji', () => {
    const long = 'a'.repeat(10_000);
    expect(cleanQuery(long)).toHaveLength(200);
    const emoji = cleanQuery('🙂'.repeat(500));
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji).not.toMatch(/\p{Cs}/u);
  });

  it('composes decomposed letters, as stored text is', () => {
    expect(cleanQuery('Ka\u0304dhimi\u0304')).toBe('Kādhimī');
  });
});

describe('matchExpression and queryText', () => {
  const terms = parseQuery('green "prime minister" kadh*').terms;

  it('quotes every term for FTS5 and requires them all', () => {
    expect(matchExpression(terms)).toBe('"green" AND "prime minister" AND "kadh"*');
  });

  it('turns a prefix into the words given for it, keeping only letters and digits', () => {
    const words = (prefix: string) => (prefix === 'kadh' ? ['kadhimi', 'kadhim', 'bad"word'] : []);
    expect(matchExpression(terms, words)).toBe('"green" AND "prime minister" AND ("kadhimi" OR "kadhim")');
  });

  it('writes the terms back as a reader would type them', () => {
    expect(queryText(terms)).toBe('green "prime minister" kadh*');
  });
});
