import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsroomTimestamp, scaffoldArticle, scaffoldRefusal, slugFromHeadline, type Newsroom } from './scaffold';
import { directorySource, publicImageResolver, type ContentSource } from './source';
import { checkInMemory } from './store/run';
import { editionOf } from '../site/editions';

const fixtures = path.join(__dirname, 'fixtures');
const valid = directorySource(path.join(fixtures, 'valid'), 'content');
// The placeholder hero lives in the site's public/ folder, as it does for editors.
const images = publicImageResolver(path.join(__dirname, '..', '..', 'public'));
const fixtureImages = publicImageResolver(path.join(fixtures, 'public'));
const resolver = (src: string) => images(src) ?? fixtureImages(src);
const buildIndex = (source: ContentSource) => checkInMemory({ source, images: resolver });
const everything = { at: new Date('2100-01-01T00:00:00Z'), preview: true };
const { store } = buildIndex(valid);
const index: Newsroom = { sections: store.sections(), authors: store.authors(), hasArticle: (id) => store.summaryById(id, everything) !== undefined };

function withFile(file: string, text: string): ContentSource {
  return { ...valid, listFiles: () => [...valid.listFiles(), file].sort(), read: (p) => (p === file ? text : valid.read(p)) };
}

const request = { headline: 'Talks on Iraq’s new government resume in Baghdad', section: 'world', at: new Date('2026-07-01T13:05:42Z') };

describe('npm run new', () => {
  const world = index.sections.find((s) => s.id === 'world')!;
  const scaffold = scaffoldArticle(request, index, world);

  it('makes a slug from the headline and a file and URL from the slug', () => {
    expect(scaffold.file).toBe('articles/talks-on-iraqs-new-government-resume-in-baghdad.mdx');
    expect(scaffold.path).toBe('/world/2026/07/01/talks-on-iraqs-new-government-resume-in-baghdad');
  });

  it('writes an article that passes the content check as it is', () => {
    const { problems, store: built } = buildIndex(withFile(scaffold.file, scaffold.text));
    expect(problems).toEqual([]);
    expect(built.summaryByPath(scaffold.path, everything)).toMatchObject({ draft: true, headline: request.headline, authors: [{ id: 'newsroom' }] });
  });

  it('cannot be published with its placeholders left in', () => {
    const live = scaffold.text.replace(/^draft: true\n/m, '');
    const { problems } = buildIndex(withFile(scaffold.file, live));
    expect(problems.map((p) => p.field)).toEqual(['standfirst', 'image.src', 'image.alt', 'image.caption', 'image.credit', 'body']);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('dates the article now, in the newsroom time zone with its offset', () => {
    expect(scaffold.text).toContain('publishedAt: 2026-07-01T14:05:00+01:00\n');
    expect(newsroomTimestamp(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-15T23:30:00+00:00');
    expect(newsroomTimestamp(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T02:00:00+01:00');
  });

  it('uses the author asked for', () => {
    expect(scaffoldArticle({ ...request, author: 'world-desk' }, index, world).text).toContain('authors: [world-desk]\n');
  });

  it('keeps a long slug readable, cut between words', () => {
    const slug = slugFromHeadline('Parliament Ratifies the Final Results After Months of Disputes Over Fraud, Recounts and Appeals');
    expect(slug.length).toBeLessThanOrEqual(72);
    expect(slug).toBe('parliament-ratifies-the-final-results-after-months-of-disputes-over');
  });

  it.each([
    [{ ...request, section: 'sport' }, 'unknown section "sport" (known: world, analysis)'],
    [{ ...request, author: 'nobody' }, 'unknown author "nobody" (known: world-desk, newsroom)'],
    [{ ...request, headline: 'Beta' }, 'an article with the slug "beta" already exists (articles/beta.mdx); choose a different headline'],
    [{ ...request, headline: '  ' }, expect.stringContaining('give the headline')],
    [{ ...request, headline: '???' }, expect.stringContaining('at least one letter or digit')],
  ])('refuses %o', (bad, message) => {
    expect(scaffoldRefusal(bad, index, () => false)).toEqual(message);
  });

  it('refuses a slug whose file exists even when the article does not build', () => {
    expect(scaffoldRefusal(request, index, (file) => file === scaffold.file)).toContain('already exists');
  });
});

describe('npm run new in another edition', () => {
  const arabic = editionOf('ar');
  if (!arabic) throw new Error('the site has no Arabic edition');
  const world = index.sections.find((s) => s.id === 'world')!;
  // 22:30 in London on 30 June is 00:30 on 1 July in Baghdad.
  const at = new Date('2026-06-30T21:30:00Z');
  // The Arabic folder's newsroom: the same sections and desks, none of its stories yet.
  const arabicNewsroom: Newsroom = { ...index, hasArticle: () => false };

  it('writes a translation under the English story’s id, dated in Baghdad, at an address under /ar', () => {
    const request = { headline: 'محادثات تشكيل الحكومة العراقية تستأنف في بغداد', section: 'world', at, edition: arabic, translationOf: 'alpha' };
    expect(scaffoldRefusal(request, arabicNewsroom, () => false)).toBeUndefined();
    const scaffold = scaffoldArticle(request, arabicNewsroom, world);
    expect(scaffold.file).toBe('articles/alpha.mdx');
    expect(scaffold.path).toBe('/ar/world/2026/07/01/alpha');
    expect(scaffold.text).toMatch(/^id: alpha\nedition: ar\ntranslationOf: alpha\nheadline: "محادثات/m);
    expect(scaffold.text).toContain('publishedAt: 2026-07-01T00:30:00+03:00');
  });

  it('asks for an id in Latin letters for an original whose headline gives none', () => {
    const request = { headline: 'ما دور المحكمة الاتحادية العليا؟', section: 'world', at, edition: arabic };
    expect(scaffoldRefusal(request, arabicNewsroom, () => false)).toMatch(/^a story's id is lowercase Latin letters, digits and hyphens, and "ما-دور-المحكمة-الاتحادية-العليا" is not/);
    expect(scaffoldRefusal({ ...request, id: 'federal-court' }, arabicNewsroom, () => false)).toBeUndefined();
  });
});
