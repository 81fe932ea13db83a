import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Section } from '../content';
import { composeFront } from './frontPage';

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

  it('gives every section a block of its newest stories, never the lead, empty ones included', () => {
    const front = composeFront(articles, sections, { pinned: [] });
    expect(front.sections.map((b) => b.section.id)).toEqual(['world', 'analysis', 'culture']);
    // Three stories a section block.
    expect(ids(front.sections[0]?.articles ?? [])).toEqual(['s3', 's5', 's7']);
    expect(ids(front.sections[1]?.articles ?? [])).toEqual(['s2', 's4', 's6']);
    expect(front.sections[2]?.articles).toEqual([]);
  });

  it('has no lead on an empty newsroom', () => {
    expect(composeFront([], sections, { pinned: [] })).toMatchObject({ lead: undefined, latest: [] });
  });
});
