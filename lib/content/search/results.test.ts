import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeNewsrooms, serveNewsroom } from '../../../testing/newsroom';

// The search page's adapter over the sample content in content/, read from a content store of
// it as a server reads one: what the search page receives.
let searchArticles: typeof import('..').searchArticles;
let store = '';

beforeAll(async () => {
  store = await serveNewsroom(path.join(process.cwd(), 'content'));
  ({ searchArticles } = await import('..'));
}, 120_000);

beforeEach(() => {
  vi.stubEnv('MASTHEAD_CONTENT_STORE', store);
});

afterAll(() => {
  removeNewsrooms();
});

describe('searchArticles', () => {
  it('returns the published stories with their passages, set as the article pages set them', () => {
    const search = searchArticles('controlled detonations');
    // The article, and the live blog by the words of one of its updates.
    expect(search.total).toBe(2);
    expect(search.results.map((a) => a.id).sort()).toEqual(['kadhimi-drone-attack-live', 'kadhimi-survives-drone-attack']);
    const live = search.snippets['kadhimi-drone-attack-live'] ?? [];
    expect(live.filter((p) => p.match).map((p) => p.text)).toEqual(['controlled detonations']);
    const parts = search.snippets['kadhimi-survives-drone-attack'] ?? [];
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['controlled detonations']);
    expect(parts.map((p) => p.text).join('')).toContain('destroyed in controlled detonations');
  });

  it('takes a reader from a live blog found by one update’s words to that update', () => {
    const search = searchArticles('controlled detonations');
    expect(search.updates).toEqual({
      'kadhimi-drone-attack-live': {
        at: '2021-11-07T16:30:00+03:00',
        title: 'Security forces release images of the damage',
        path: '/middle-east/2021/11/07/kadhimi-drone-attack-live/updates/2021-11-07T1630-images-released',
      },
    });
    // Words from two updates find the live blog, but no one update to take the reader to.
    const spread = searchArticles('detonations blinken');
    expect(spread.results.map((a) => a.id)).toContain('kadhimi-drone-attack-live');
    expect(spread.updates).toEqual({});
  });

  it('sets quotes in passages as the article pages do', () => {
    const search = searchArticles('fortified');
    const text = (search.snippets['kadhimi-survives-drone-attack'] ?? []).map((p) => p.text).join('');
    expect(text).toContain('Baghdad’s fortified Green Zone');
    expect(text).not.toMatch(/['"]/);
  });

  it('passes on the suggestion, and leaves it out when there is none', () => {
    expect(searchArticles('electon').suggestion).toBe('election');
    expect('suggestion' in searchArticles('election')).toBe(false);
  });

  it('never returns the draft in the sample content', () => {
    expect(searchArticles('arrangements').total).toBe(0);
  });
});
