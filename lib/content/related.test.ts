import { describe, expect, it } from 'vitest';
import type { ArticleSummary, ContentIndex } from './build';
import { rankRelated } from './related';

function article(id: string, day: number, section: string, tags: string[], related: string[] = []): ArticleSummary {
  return {
    id,
    slug: id,
    headline: id,
    standfirst: id,
    publishedAt: `2021-11-${String(day).padStart(2, '0')}T12:00:00Z`,
    authors: [],
    section: { id: section, name: section },
    tags: tags.map((t) => ({ name: t, slug: t })),
    image: { src: '/images/x.svg', alt: 'x', caption: 'x', credit: 'x', width: 1, height: 1 },
    related,
    path: `/${section}/${id}`,
    file: `articles/${id}.mdx`,
    bodyLine: 1,
    wordCount: 1,
    draft: false,
    corrections: [],
  };
}

function indexOf(articles: ArticleSummary[]): ContentIndex {
  const sorted = [...articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id));
  const group = (key: (a: ArticleSummary) => string[]) => {
    const map = new Map<string, string[]>();
    for (const a of sorted) for (const k of key(a)) map.set(k, [...(map.get(k) ?? []), a.id]);
    return map;
  };
  return {
    articles: sorted,
    byId: new Map(sorted.map((a) => [a.id, a])),
    byPath: new Map(sorted.map((a) => [a.path, a])),
    byFormerPath: new Map(),
    sections: [],
    sectionById: new Map(),
    authors: [],
    authorById: new Map(),
    byTag: group((a) => a.tags.map((t) => t.slug)),
    bySection: group((a) => [a.section.id]),
    tags: new Map(),
  };
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
  const index = indexOf(articles);
  const subject = index.byId.get('subject')!;

  it("puts the editor's list first, in its order, then the best-ranked", () => {
    expect(rankRelated(index, subject, 4).map((a) => a.id)).toEqual(['explicit-old', 'explicit-new', 'two-tags', 'one-tag-same-section']);
  });

  it('ranks shared tags over section over time, and never returns the article itself', () => {
    const ranked = rankRelated(index, subject, 10).map((a) => a.id);
    expect(ranked).not.toContain('subject');
    expect(ranked.slice(2)).toEqual(['two-tags', 'one-tag-same-section', 'one-tag', 'section-only', 'unrelated']);
  });

  it('fills with the latest stories when nothing is closer', () => {
    const lonely = index.byId.get('unrelated')!;
    expect(rankRelated(index, lonely, 2).map((a) => a.id)).toEqual(['section-only', 'subject']);
  });

  it('keeps to the limit', () => {
    expect(rankRelated(index, subject, 1).map((a) => a.id)).toEqual(['explicit-old']);
  });

  it('looks at a bounded neighbourhood in large tags', () => {
    const many = Array.from({ length: 500 }, (_, i) => article(`a${i}`, 1 + (i % 28), 'world', ['iraq']));
    const big = indexOf([...many, article('probe', 15, 'world', ['iraq'])]);
    const related = rankRelated(big, big.byId.get('probe')!, 4);
    expect(related).toHaveLength(4);
    for (const r of related) expect(Math.abs(Date.parse(r.publishedAt) - Date.parse('2021-11-15T12:00:00Z'))).toBeLessThanOrEqual(86_400_000);
  });
});
