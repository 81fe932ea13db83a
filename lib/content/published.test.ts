import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionsStructuredData, isPublished, modifiedAt, publicationState } from './published';
import { memorySource, publicImageResolver } from './source';
import { checkInMemory } from './store/run';
import { storyFile } from '../../testing/newsroom';

const images = publicImageResolver(path.join(process.cwd(), 'public'));

/** A story of the World desk, tagged Iraq, or Secret for the draft. */
const file = (id: string, publishedAt: string, extra = '') => storyFile(id, publishedAt, { extra, tags: [id === 'draft' ? 'Secret' : 'Iraq'] });

let made: ReturnType<typeof checkInMemory>['store'] | undefined;
/** The newsroom's store, made by the first test that asks, so that rules that break it fail a test rather than the file. */
const store = () =>
  (made ??= checkInMemory({
    source: memorySource({
      'authors.yaml': '- id: world-desk\n  name: World desk\n  kind: desk\n',
      'sections.yaml': '- id: world\n  name: World\n',
      'articles/old.mdx': file('old', '2021-11-01T09:00:00+00:00'),
      'articles/noon.mdx': file('noon', '2021-11-07T12:00:00+00:00'),
      'articles/evening.mdx': file('evening', '2021-11-07T18:00:00+00:00'),
      'articles/draft.mdx': file('draft', '2021-10-01T09:00:00+00:00', 'draft: true\n'),
    }),
    images,
  }).store);
const everything = { at: new Date('2100-01-01T00:00:00Z'), preview: true };
/** The ids readers see in a list at `at`. */
const ids = (at: string, query = {}) => store().listArticles(query, { at: new Date(at) }).map((a) => a.id);

describe('the published view', () => {
  it('holds no drafts and nothing embargoed', () => {
    const at = { at: new Date('2021-11-07T11:59:59Z') };
    expect(ids('2021-11-07T11:59:59Z')).toEqual(['old']);
    expect(store().summaryByPath('/world/2021/11/07/noon', at)).toBeUndefined();
    expect(store().summaryById('draft', at)).toBeUndefined();
    expect(ids('2021-11-07T11:59:59Z', { section: 'world' })).toEqual(['old']);
    expect(store().tags(at).map((t) => t.tag.slug)).toEqual(['iraq']);
    expect(store().tag('secret', at)).toBeUndefined();
    expect(store().countArticles({ tag: 'secret' }, at)).toBe(0);
  });

  it('lets an embargoed article in at its moment, not a second before', () => {
    expect(ids('2021-11-07T11:59:59.999Z')).not.toContain('noon');
    expect(ids('2021-11-07T12:00:00Z')).toEqual(['noon', 'old']);
    expect(store().summaryById('noon', { at: new Date('2021-11-07T12:00:00Z') })?.id).toBe('noon');
  });

  it('never publishes a draft, however old', () => {
    const draft = store().summaryById('draft', everything)!;
    expect(publicationState(draft, new Date('2099-01-01T00:00:00Z'))).toBe('draft');
    expect(isPublished(draft, new Date('2099-01-01T00:00:00Z'))).toBe(false);
    expect(ids('2099-01-01T00:00:00Z')).not.toContain('draft');
    expect(publicationState(store().summaryById('evening', everything)!, new Date('2021-11-07T17:00:00Z'))).toBe('scheduled');
  });
});

describe('one article at a moment', () => {
  const story = { draft: false, publishedAt: '2021-11-07T15:00:00+03:00' };
  // 15:00 in Baghdad is 12:00 UTC.
  const moment = new Date('2021-11-07T12:00:00Z');
  const before = new Date(moment.getTime() - 1);

  it('is published from its moment on, and scheduled until then', () => {
    expect(publicationState(story, moment)).toBe('published');
    expect(isPublished(story, moment)).toBe(true);
    expect(isPublished(story, new Date('2030-01-01T00:00:00Z'))).toBe(true);
    expect(publicationState(story, before)).toBe('scheduled');
    expect(isPublished(story, before)).toBe(false);
  });

  it('is a draft, never published, whenever its time', () => {
    expect(publicationState({ ...story, draft: true }, moment)).toBe('draft');
    expect(publicationState({ ...story, draft: true }, before)).toBe('draft');
    expect(isPublished({ ...story, draft: true }, moment)).toBe(false);
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

  it('stays publishedAt, as written, when a later date names the same instant', () => {
    expect(modifiedAt({ ...base, updatedAt: '2021-11-07T06:00:00Z', corrections: [{ date: '2021-11-07T07:00:00+01:00', text: 'a' }] })).toBe('2021-11-07T09:00:00+03:00');
  });

  it('ignores dates before publication', () => {
    expect(modifiedAt({ ...base, updatedAt: '2021-11-07T05:59:59Z', corrections: [{ date: '2021-11-01T00:00:00Z', text: 'a' }] })).toBe('2021-11-07T09:00:00+03:00');
  });

  it('gives schema.org CorrectionComment values', () => {
    expect(correctionsStructuredData({ corrections: [{ date: '2021-11-08T10:00:00+03:00', text: 'Fixed a date.' }] })).toEqual([
      { '@type': 'CorrectionComment', text: 'Fixed a date.', datePublished: '2021-11-08T10:00:00+03:00' },
    ]);
  });
});
