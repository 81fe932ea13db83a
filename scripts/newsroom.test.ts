import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memorySource, publicImageResolver } from '../lib/content/source';
import { checkInMemory } from '../lib/content/store/run';
import { newsroomFiles, REFERENCE_WORDS, type NewsroomOptions } from './newsroom';

const options: NewsroomOptions = { count: 120, seed: 7, newest: new Date('2026-11-20T09:00:00Z') };
const files = () => Object.fromEntries(newsroomFiles(options));

describe('the synthetic newsroom', () => {
  const tree = files();
  const { store, problems } = checkInMemory({ source: memorySource(tree), images: publicImageResolver(path.join(__dirname, '..', 'public')) });
  const articles = store.listArticles({}, { at: new Date('2100-01-01T00:00:00Z') });

  it('passes the content check the site builds with', () => {
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(120);
  });

  it('is the same for the same seed and different for another', () => {
    expect(files()).toEqual(tree);
    const other = Object.fromEntries(newsroomFiles({ ...options, seed: 8 }));
    expect(other).not.toEqual(tree);
  });

  it('has bodies of 600 to 2,000 words, the newest with the reference length', () => {
    const newest = articles[0];
    expect(newest?.publishedAt).toBe('2026-11-20T09:00:00+00:00');
    expect(Math.abs((newest?.wordCount ?? 0) - REFERENCE_WORDS)).toBeLessThan(60);
    for (const a of articles) {
      expect(a.wordCount).toBeGreaterThanOrEqual(600);
      expect(a.wordCount).toBeLessThanOrEqual(2100);
    }
  });

  it('spreads stories over sections, desks and tags, with links to older ones', () => {
    expect(store.sections().length).toBeGreaterThanOrEqual(10);
    expect(new Set(articles.flatMap((a) => a.authors.map((au) => au.id))).size).toBeGreaterThan(20);
    expect(store.tags({ at: new Date('2100-01-01T00:00:00Z') }).length).toBeGreaterThan(50);
    expect(articles.filter((a) => a.related.length).length).toBeGreaterThan(30);
    const bodies = Object.values(tree).join('\n');
    expect(bodies).toContain('<AlsoRead id="story-');
    expect(bodies).toContain('<Figure src="/images/');
    expect(bodies).toMatch(/^## /m);
    expect(bodies).toMatch(/^- /m);
  });
});
