import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Section } from '.';
import { composeFront, relatedBeside, StoriesOnPage } from './front';

const sections: Section[] = [
  { id: 'world', name: 'World' },
  { id: 'analysis', name: 'Analysis' },
  { id: 'culture', name: 'Culture' },
];

function story(id: string, section: string, day: number): ArticleSummary {
  const publishedAt = `2021-11-${String(day).padStart(2, '0')}T09:00:00Z`;
  return {
    id,
    slug: id,
    headline: id,
    standfirst: id,
    publishedAt,
    authors: [],
    section: sections.find((s) => s.id === section) ?? { id: section, name: section },
    tags: [],
    image: { src: '/images/x.svg', alt: 'x', caption: 'x', credit: 'x', width: 1, height: 1 },
    related: [],
    draft: false,
    corrections: [],
    path: `/${section}/2021/11/${day}/${id}`,
    file: `articles/${id}.mdx`,
    wordCount: 100,
  };
}

// Newest first, as the index keeps them.
const articles = Array.from({ length: 12 }, (_, i) => story(`s${i + 1}`, i % 2 ? 'analysis' : 'world', 28 - i));
const ids = (list: ArticleSummary[]) => list.map((a) => a.id);

describe('composeFront', () => {
  it('leads with the newest story when editors name none', () => {
    const front = composeFront(articles, sections, { pinned: [] });
    expect(front.lead?.id).toBe('s1');
    // Six latest stories beside the lead.
    expect(ids(front.latest)).toEqual(['s2', 's3', 's4', 's5', 's6', 's7']);
  });

  it('leads with the editors’ choice and puts pinned stories first in Latest', () => {
    const front = composeFront(articles, sections, { lead: 's9', pinned: ['s12', 's1'] });
    expect(front.lead?.id).toBe('s9');
    expect(ids(front.latest).slice(0, 3)).toEqual(['s12', 's1', 's2']);
    expect(ids(front.latest)).not.toContain('s9');
  });

  it('gives a section a row of its newest stories not already above, and no row when none is left', () => {
    const front = composeFront(articles, sections, { pinned: [] });
    // The lead is s1 and Latest s2 to s7: world has s9 and s11 left, analysis s8, s10 and s12.
    expect(front.sections.map((b) => [b.section.id, ids(b.articles)])).toEqual([
      ['world', ['s9', 's11']],
      ['analysis', ['s8', 's10', 's12']],
    ]);
  });

  it('shows every story once, whatever the editors pin', () => {
    const front = composeFront(articles, sections, { lead: 's3', pinned: ['s3', 's12', 's12'] });
    const all = [front.lead?.id, ...ids(front.latest), ...front.sections.flatMap((b) => ids(b.articles))];
    expect(new Set(all).size).toBe(all.length);
    expect(ids(front.latest)[0]).toBe('s12');
  });

  it('has no lead on an empty newsroom', () => {
    expect(composeFront([], sections, { pinned: [] })).toMatchObject({ lead: undefined, latest: [] });
  });
});

describe('StoriesOnPage', () => {
  it('hands each story to the first list that asks, in the order lists ask', () => {
    const page = new StoriesOnPage([articles[0]?.path ?? '']);
    expect(ids(page.take(articles, 2))).toEqual(['s2', 's3']);
    expect(ids(page.take(articles.slice(0, 5), 5))).toEqual(['s4', 's5']);
    expect(page.take(articles.slice(0, 3), 3)).toEqual([]);
  });
});

describe('relatedBeside', () => {
  it('leaves out the stories the body links to in an "Also read", and fills up from further down the ranking', () => {
    const [self, linked, ...rest] = articles;
    if (!self || !linked) throw new Error('fixture');
    const asked: number[] = [];
    const related = relatedBeside(self, { x: linked }, (limit) => {
      asked.push(limit);
      return [linked, ...rest].slice(0, limit);
    });
    expect(asked).toEqual([5]);
    expect(ids(related)).toEqual(['s3', 's4', 's5', 's6']);
  });
});
