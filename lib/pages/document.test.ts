import { describe, expect, it } from 'vitest';
import { storiesIn } from './document';

describe('storiesIn', () => {
  it('finds every story a page model holds, however deep, by its address', () => {
    const content = {
      front: { lead: { headline: 'Lead', path: '/a' }, latest: [{ headline: 'B', path: '/b' }], sections: [{ section: { id: 'world', name: 'World' }, articles: [{ headline: 'C', path: '/c' }] }] },
      linked: { x: { headline: 'D', path: '/d' } },
      trail: [{ name: 'Home', href: '/' }],
    };
    expect([...storiesIn(content)].sort()).toEqual(['/a', '/b', '/c', '/d']);
  });

  it('finds nothing in a page without stories', () => {
    expect(storiesIn({ query: 'x', search: undefined })).toEqual(new Set());
  });
});
