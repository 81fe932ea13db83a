import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../lib/content/build';
import { memorySource, publicImageResolver } from '../lib/content/source';
import { newsroomFiles, REFERENCE_WORDS, type NewsroomOptions } from './newsroom';

const options: NewsroomOptions = { count: 120, seed: 7, newest: new Date('2026-11-20T09:00:00Z') };
const files = () => Object.fromEntries(newsroomFiles(options));

describe('the synthetic newsroom', () => {
  const tree = files();
  const { index, problems } = buildIndex(memorySource(tree), publicImageResolver(path.join(__dirname, '..', 'public')));

  it('passes the content check the site builds with', () => {
    expect(problems).toEqual([]);
    expect(index.articles).toHaveLength(120);
  });

  it('is the same for the same seed and different for another', () => {
    expect(files()).toEqual(tree);
    const other = Object.fromEntries(newsroomFiles({ ...options, seed: 8 }));
    expect(other).not.toEqual(tree);
  });

  it('has bodies of 600 to 2,000 words, the newest with the reference length', () => {
    const newest = index.articles[0];
    expect(newest?.publishedAt).toBe('2026-11-20T09:00:00+00:00');
    expect(Math.abs((newest?.wordCount ?? 0) - REFERENCE_WORDS)).toBeLessThan(60);
    for (const a of index.articles) {
      expect(a.wordCount).toBeGreaterThanOrEqual(600);
      expect(a.wordCount).toBeLessThanOrEqual(2100);
    }
  });

  it('spreads stories over sections, desks and tags, with links to older ones', () => {
    expect(index.sections.length).toBeGreaterThanOrEqual(10);
    expect(new Set(index.articles.flatMap((a) => a.authors.map((au) => au.id))).size).toBeGreaterThan(20);
    expect(index.tags.size).toBeGreaterThan(50);
    expect(index.articles.filter((a) => a.related.length).length).toBeGreaterThan(30);
    const bodies = Object.values(tree).join('\n');
    expect(bodies).toContain('<AlsoRead id="story-');
    expect(bodies).toContain('<Figure src="/images/');
    expect(bodies).toMatch(/^## /m);
    expect(bodies).toMatch(/^- /m);
  });
});
