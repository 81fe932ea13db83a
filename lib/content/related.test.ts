import { describe, expect, it } from 'vitest';
import { rankRelated, type RelatedInput } from './related';

function article(id: string, day: number, section: string, tags: string[], related: string[] = []): RelatedInput {
  return { id, publishedMs: Date.parse(`2021-11-${String(day).padStart(2, '0')}T12:00:00Z`), section, tags, related };
}

/** The ids ranked for the article with id `id`, best first. */
function ranked(articles: RelatedInput[], id: string, limit?: number): string[] {
  const at = articles.findIndex((a) => a.id === id);
  return (rankRelated(articles, limit)[at] ?? []).map((i) => articles[i]?.id ?? '');
}

describe('rankRelated', () => {
  const articles = [
    article('subject', 10, 'world', ['iraq', 'drones'], ['explicit-old', 'explicit-new']),
    article('explicit-old', 1, 'sport', []),
    article('explicit-new', 9, 'sport', []),
    article('two-tags', 3, 'analysis', ['iraq', 'drones']),
    article('one-tag-same-section', 8, 'world', ['iraq']),
    article('one-tag', 9, 'analysis', ['drones']),
    article('section-only', 11, 'world', []),
    article('unrelated', 12, 'culture', ['football']),
  ];

  it("puts the editor's list first, in its order, then the best-ranked", () => {
    expect(ranked(articles, 'subject', 4)).toEqual(['explicit-old', 'explicit-new', 'two-tags', 'one-tag-same-section']);
  });

  it('ranks shared tags over section over time, and never returns the article itself or an unrelated one', () => {
    const all = ranked(articles, 'subject', 10);
    expect(all).not.toContain('subject');
    expect(all.slice(2)).toEqual(['two-tags', 'one-tag-same-section', 'one-tag', 'section-only']);
  });

  it('ranks nothing for an article that shares no tag or section (the page fills with the latest)', () => {
    expect(ranked(articles, 'unrelated')).toEqual([]);
  });

  it('leaves out editor ids no article has, and keeps to the limit', () => {
    expect(ranked([article('a', 2, 'world', [], ['gone', 'b']), article('b', 1, 'sport', [])], 'a')).toEqual(['b']);
    expect(ranked(articles, 'subject', 1)).toEqual(['explicit-old']);
  });

  it('looks at a bounded neighbourhood in large tags', () => {
    const many = Array.from({ length: 500 }, (_, i) => article(`a${i}`, 1 + (i % 28), 'world', ['iraq']));
    const big = [...many, article('probe', 15, 'world', ['iraq'])];
    const found = ranked(big, 'probe', 4);
    expect(found).toHaveLength(4);
    for (const id of found) {
      const other = big.find((a) => a.id === id);
      expect(Math.abs((other?.publishedMs ?? 0) - Date.parse('2021-11-15T12:00:00Z'))).toBeLessThanOrEqual(86_400_000);
    }
  });
});
