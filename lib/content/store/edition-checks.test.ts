import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionOf, defaultEdition } from '../../site/editions';
import { formatProblem } from '../check/problems';
import { memorySource, publicImageResolver } from '../source';
import { checkInMemory } from './run';

/**
 * Each edition is checked from its own folder; these are the checks that know editions: a story
 * in the wrong edition's folder, a translation of a story the English edition lacks, two
 * translations of one story, an Arabic story in a section only the English edition has, and text
 * that runs against its edition's direction. Every one names the file and line.
 */

type Tree = Record<string, string>;

const AT = new Date('2021-11-20T00:00:00Z');
const images = publicImageResolver(path.join(__dirname, '..', '..', '..', 'public'));
const arabic = editionOf('ar');
if (!arabic) throw new Error('the site has no Arabic edition');

/** An Arabic story as content/ar/articles/<id>.mdx holds it; `extra` lines go after the id. */
const arabicStory = (id: string, { extra = 'edition: ar\n', section = 'middle-east', headline = 'رئيس الوزراء العراقي ينجو من هجوم على منزله', body = 'نجا رئيس الوزراء من الهجوم.' } = {}) => `---
id: ${id}
${extra}headline: ${headline}
standfirst: دعا مصطفى الكاظمي إلى التهدئة بعد الهجوم.
publishedAt: 2021-11-07T09:00:00+03:00
authors: [middle-east-desk]
section: ${section}
tags: [العراق]
image:
  src: /images/green-zone-security.png
  alt: خريطة لنقاط التفتيش
  caption: نقاط التفتيش حول المنطقة الخضراء
  credit: رسوم Masthead
---

${body}
`;

const arabicData: Tree = {
  'sections.yaml': '- id: middle-east\n  name: الشرق الأوسط\n',
  'authors.yaml': '- id: middle-east-desk\n  name: مكتب الشرق الأوسط\n  kind: desk\n',
};

/** The English edition as its check leaves it: two stories, and three sections. */
const originals = { ids: new Set(['kadhimi-survives-drone-attack', 'iran-keeps-its-reach-in-iraq']), sections: new Set(['middle-east', 'world', 'analysis']), label: 'content' };

const checkArabic = (files: Tree) => checkInMemory({ source: memorySource({ ...arabicData, ...files }, 'content/ar'), images, at: AT, editions: { edition: arabic, originals } });
const problems = (files: Tree) => checkArabic(files).problems.map((p) => `${p.severity} ${formatProblem(p)}`);

describe('the content check of the Arabic edition', () => {
  it('passes a translation and an original written right to left, and dates their addresses in Baghdad under /ar', () => {
    const report = checkArabic({
      'articles/kadhimi-survives-drone-attack.mdx': arabicStory('kadhimi-survives-drone-attack', { extra: 'edition: ar\ntranslationOf: kadhimi-survives-drone-attack\n' }),
      // 01:30 in Baghdad on 8 November is 7 November in London: the Arabic address says the 8th.
      'articles/court.mdx': arabicStory('court', { extra: 'edition: ar\n' }).replace('2021-11-07T09:00:00+03:00', '2021-11-08T01:30:00+03:00'),
    });
    expect(report.problems).toEqual([]);
    const view = { at: AT };
    expect(report.store.summaryById('court', view)?.path).toBe('/ar/middle-east/2021/11/08/court');
    expect(report.store.summaryById('kadhimi-survives-drone-attack', view)?.path).toBe('/ar/middle-east/2021/11/07/kadhimi-survives-drone-attack');
    expect(report.store.tag('العراق', view)?.name).toBe('العراق');
  });

  it('refuses a translation of a story the English edition does not have', () => {
    expect(problems({ 'articles/ghost.mdx': arabicStory('ghost', { extra: 'edition: ar\ntranslationOf: no-such-story\n' }) })).toEqual([
      'error content/ar/articles/ghost.mdx:4:1  translationOf  no English story has the id "no-such-story" (in content/articles/ or content/live/): a translation names the story it translates',
    ]);
  });

  it('refuses a second translation of one story, which the English page could not name beside the first', () => {
    const translation = 'edition: ar\ntranslationOf: kadhimi-survives-drone-attack\n';
    expect(
      problems({
        'articles/kadhimi-survives-drone-attack.mdx': arabicStory('kadhimi-survives-drone-attack', { extra: translation }),
        'articles/kadhimi-twice.mdx': arabicStory('kadhimi-twice', { extra: translation }),
      }),
    ).toEqual([
      'error content/ar/articles/kadhimi-twice.mdx:4:1  translationOf  "kadhimi-survives-drone-attack" is already translated by content/ar/articles/kadhimi-survives-drone-attack.mdx: a story has one translation per edition, so the two pages can name each other',
    ]);
  });

  it('refuses an Arabic story filed in a section only the English edition has, and says where to add it', () => {
    expect(problems({ 'articles/iran.mdx': arabicStory('iran', { section: 'analysis' }) })).toEqual([
      'error content/ar/articles/iran.mdx:8:1  section  unknown section "analysis" in the العربية edition: it is a section of the English edition only; add it to content/ar/sections.yaml with its العربية name, or file the story in one of: middle-east',
    ]);
  });

  it('refuses a story in its folder that does not say it is Arabic, or says it is English', () => {
    expect(problems({ 'articles/bare.mdx': arabicStory('bare', { extra: '' }), 'articles/english.mdx': arabicStory('english', { extra: 'edition: en\n' }) })).toEqual([
      'error content/ar/articles/bare.mdx:2:1  edition  is missing: every story in content/ar/ belongs to the العربية edition; add "edition: ar"',
      // Without its edition, the story is read as English, whose text runs the other way.
      "error content/ar/articles/bare.mdx:3:1  headline  runs right to left, but the English edition (en) is read left to right: if the story belongs to another edition, say so (e.g. `edition: ar`) and keep it in that edition's folder",
      'error content/ar/articles/english.mdx:3:1  edition  is "en", but this is the folder of the العربية edition (ar): move the file to content/, or correct the edition',
      "error content/ar/articles/english.mdx:4:1  headline  runs right to left, but the English edition (en) is read left to right: if the story belongs to another edition, say so (e.g. `edition: ar`) and keep it in that edition's folder",
    ]);
  });

  it('follows links inside the edition: to one of its stories, and to an address under /ar that names none', () => {
    const tree = {
      'articles/court.mdx': arabicStory('court'),
      'articles/links.mdx': arabicStory('links', { body: 'انظر [تقريرنا](/ar/middle-east/2021/11/07/court) و[تقريرا آخر](/ar/middle-east/2021/11/07/missing).' }),
    };
    expect(problems(tree)).toEqual(['error content/ar/articles/links.mdx:17:51  body  link /ar/middle-east/2021/11/07/missing leads to no article']);
  });

  it('leaves a link into the English edition to that edition, whose store this check does not read', () => {
    const tree = { 'articles/english-link.mdx': arabicStory('english-link', { body: 'انظر [التقرير بالإنجليزية](/middle-east/2021/11/07/kadhimi-survives-drone-attack).' }) };
    expect(problems(tree)).toEqual([]);
  });

  it('refuses a headline that runs left to right in the right-to-left edition, and a bidirectional override in the body', () => {
    const tree = {
      'articles/latin.mdx': arabicStory('latin', { headline: 'Iraq tightens security around the Green Zone' }),
      'articles/override.mdx': arabicStory('override', { body: 'نجا رئيس الوزراء.\n\nفقرة فيها \u202Eنص معكوس.' }),
    };
    expect(problems(tree)).toEqual([
      'error content/ar/articles/latin.mdx:4:1  headline  runs left to right, but the العربية edition (ar) is read right to left: write it in the edition\'s language, or file it in the edition it is written for',
      'error content/ar/articles/override.mdx:19:1  body  holds the bidirectional control U+202E, which reorders the text around it; delete it: the page sets each text\'s direction itself',
    ]);
  });
});

describe('the content check of the English edition', () => {
  const englishData: Tree = { 'sections.yaml': '- id: middle-east\n  name: Middle East\n', 'authors.yaml': '- id: middle-east-desk\n  name: Middle East desk\n  kind: desk\n' };
  const checkEnglish = (files: Tree) => checkInMemory({ source: memorySource({ ...englishData, ...files }), images, at: AT, editions: { edition: defaultEdition } });

  it('refuses an Arabic story left among the English ones, and an English story that claims to translate', () => {
    const english = arabicStory('claims', { extra: 'translationOf: iran-keeps-its-reach-in-iraq\n', headline: 'Iraq tightens security around the Green Zone' })
      .replace(/^standfirst: .*$/m, 'standfirst: Checkpoints multiply after the attack.')
      .replace('نجا رئيس الوزراء من الهجوم.', 'Body.');
    expect(checkEnglish({ 'articles/stray.mdx': arabicStory('stray'), 'articles/claims.mdx': english }).problems.map((p) => `${p.severity} ${formatProblem(p)}`)).toEqual([
      'error content/articles/claims.mdx:3:1  translationOf  the English edition\'s stories are the originals: only a story of another edition names the story it translates',
      'error content/articles/stray.mdx:3:1  edition  is "ar", but this is the folder of the English edition (en): move the file to content/ar/, or correct the edition',
    ]);
  });

  it('refuses an Arabic headline in an English story', () => {
    expect(checkEnglish({ 'articles/unmarked.mdx': arabicStory('unmarked', { extra: '' }) }).problems.map((p) => `${p.severity} ${formatProblem(p)}`)).toContain(
      'error content/articles/unmarked.mdx:3:1  headline  runs right to left, but the English edition (en) is read left to right: if the story belongs to another edition, say so (e.g. `edition: ar`) and keep it in that edition\'s folder',
    );
  });
});
