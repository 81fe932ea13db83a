import { describe, expect, it } from 'vitest';
import { answerKeys, editionOf, invalidatedKeys, surrogateKeyHeader, type StorySnapshot } from './surrogate-keys';

const story: StorySnapshot = { id: 'vote', path: '/world/2021/11/09/vote', section: 'world', tags: ['iraq'], authors: ['world-desk'], edition: 'en', publishedMs: 1, visible: true, live: false };

describe('surrogate keys', () => {
  it('name an answer’s edition, its lists and each story it shows, once each', () => {
    expect(answerKeys({ lists: ['section:world'], stories: ['vote', 'count', 'vote'] })).toEqual(['edition:en', 'section:world', 'article:vote', 'article:count']);
    expect(answerKeys({ edition: 'ar', stories: ['vote'] })).toEqual(['edition:ar', 'article:vote']);
  });

  it('take the edition from the story, the default edition when it names none', () => {
    expect(editionOf({ id: 'vote', edition: 'ar' })).toBe('ar');
    expect(editionOf({ id: 'vote' })).toBe('en');
    expect(editionOf({ id: 'vote', edition: '' })).toBe('en');
  });

  it('go out space-separated in Surrogate-Key, or comma-separated in Cache-Tag when the operator asks', () => {
    expect(surrogateKeyHeader(undefined).name).toBe('Surrogate-Key');
    expect(surrogateKeyHeader('surrogate-key').join(['a', 'b'])).toBe('a b');
    const cloudflare = surrogateKeyHeader('Cache-Tag');
    expect([cloudflare.name, cloudflare.join(['a', 'b'])]).toEqual(['Cache-Tag', 'a,b']);
    expect(() => surrogateKeyHeader('xkey')).toThrow('MASTHEAD_SURROGATE_KEY_HEADER is Surrogate-Key or Cache-Tag, not "xkey"');
  });

  it('of a story taken from readers are every list it was in, the misses and its own', () => {
    expect(invalidatedKeys([{ before: story, after: { ...story, visible: false }, updates: [] }]).sort()).toEqual(
      ['article:vote', 'author:world-desk', 'feeds', 'front', 'indexes', 'misses', 'search', 'section:world', 'sitemaps', 'tag:iraq'].sort(),
    );
  });

  it('of a story readers never saw are none', () => {
    expect(invalidatedKeys([{ before: { ...story, visible: false }, after: { ...story, visible: false, tags: ['oil'] }, updates: [] }])).toEqual([]);
  });
});
