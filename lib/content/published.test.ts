import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './build';
import { correctionsStructuredData, isPublished, modifiedAt, publicationState, publishedView } from './published';
import { memorySource, publicImageResolver } from './source';

const images = publicImageResolver(path.join(__dirname, 'fixtures', 'public'));

function file(id: string, publishedAt: string, extra = '') {
  return `---
id: ${id}
headline: ${id}
standfirst: The ${id} standfirst.
publishedAt: ${publishedAt}
authors: [desk]
section: world
tags: [${id === 'draft' ? 'Secret' : 'Iraq'}]
image:
  src: /images/hero.svg
  alt: A grey rectangle
  caption: The ${id} caption
  credit: Fixture graphics
${extra}---

Body.
`;
}

const { index } = buildIndex(
  memorySource({
    'authors.yaml': '- id: desk\n  name: Desk\n  kind: desk\n',
    'sections.yaml': '- id: world\n  name: World\n',
    'articles/old.mdx': file('old', '2021-11-01T09:00:00+00:00'),
    'articles/noon.mdx': file('noon', '2021-11-07T12:00:00+00:00'),
    'articles/evening.mdx': file('evening', '2021-11-07T18:00:00+00:00'),
    'articles/draft.mdx': file('draft', '2021-10-01T09:00:00+00:00', 'draft: true\n'),
  }),
  images,
);

describe('the published view', () => {
  it('holds no drafts and nothing embargoed', () => {
    const { index: view } = publishedView(index, new Date('2021-11-07T11:59:59Z'));
    expect(view.articles.map((a) => a.id)).toEqual(['old']);
    expect(view.byPath.has('/world/2021/11/07/noon')).toBe(false);
    expect(view.byId.has('draft')).toBe(false);
    expect(view.bySection.get('world')).toEqual(['old']);
    expect([...view.tags.keys()]).toEqual(['iraq']);
    expect(view.byTag.has('secret')).toBe(false);
  });

  it('lets an embargoed article in at its moment, not a second before', () => {
    expect(publishedView(index, new Date('2021-11-07T11:59:59.999Z')).index.byId.has('noon')).toBe(false);
    expect(publishedView(index, new Date('2021-11-07T12:00:00Z')).index.byId.has('noon')).toBe(true);
    expect(publishedView(index, new Date('2021-11-07T12:00:00Z')).index.articles.map((a) => a.id)).toEqual(['noon', 'old']);
  });

  it('says how long it stays the same: until the next embargo lifts', () => {
    const view = publishedView(index, new Date('2021-11-07T13:00:00Z'));
    expect(view.from).toBe(Date.parse('2021-11-07T12:00:00Z'));
    expect(view.until).toBe(Date.parse('2021-11-07T18:00:00Z'));
    expect(publishedView(index, new Date('2030-01-01T00:00:00Z')).until).toBe(Infinity);
  });

  it('never publishes a draft, however old', () => {
    const draft = index.byId.get('draft')!;
    expect(publicationState(draft, new Date('2099-01-01T00:00:00Z'))).toBe('draft');
    expect(isPublished(draft, new Date('2099-01-01T00:00:00Z'))).toBe(false);
    expect(publicationState(index.byId.get('evening')!, new Date('2021-11-07T17:00:00Z'))).toBe('scheduled');
  });
});

describe('modifiedAt', () => {
  const base = { publishedAt: '2021-11-07T09:00:00+03:00', corrections: [] };

  it('is publishedAt for an untouched article', () => {
    expect(modifiedAt(base)).toBe('2021-11-07T09:00:00+03:00');
  });

  it('is the latest of updatedAt and the corrections, compared as instants', () => {
    const corrections = [
      { date: '2021-11-08T10:00:00+03:00', text: 'a' },
      { date: '2021-11-08T08:30:00Z', text: 'b' },
    ];
    expect(modifiedAt({ ...base, updatedAt: '2021-11-07T18:40:00+03:00', corrections })).toBe('2021-11-08T08:30:00Z');
    expect(modifiedAt({ ...base, updatedAt: '2021-11-09T00:00:00Z', corrections })).toBe('2021-11-09T00:00:00Z');
  });

  it('gives schema.org CorrectionComment values', () => {
    expect(correctionsStructuredData({ corrections: [{ date: '2021-11-08T10:00:00+03:00', text: 'Fixed a date.' }] })).toEqual([
      { '@type': 'CorrectionComment', text: 'Fixed a date.', datePublished: '2021-11-08T10:00:00+03:00' },
    ]);
  });
});
