import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Card, CardWriting } from '@/lib/routes/cards';
import { bestMatch, columnInk, decodePng, differingShare, inkBox, pixelsOf, type Match } from '@/testing/card-ink';
import { INK, PAPER, cardCanvas } from './canvas';
import { drawSocialCard } from './social-card';
import { setType } from './text-layout';

const ENGLISH: CardWriting = { lang: 'en-GB', dir: 'ltr' };
const ARABIC: CardWriting = { lang: 'ar', dir: 'rtl' };

const englishCard: Card = {
  ...ENGLISH,
  kicker: 'Middle East',
  headline: 'Iraqi Prime Minister Unhurt After Drone Attack on His Baghdad Home',
  siteName: 'Masthead',
  footnote: '7 November 2021',
};
const arabicCard: Card = {
  ...ARABIC,
  kicker: 'الشرق الأوسط',
  headline: 'رئيس الوزراء العراقي مصطفى الكاظمي ينجو من هجوم بطائرة مسيّرة على منزله في المنطقة الخضراء',
  siteName: 'Masthead',
  footnote: '٧ تشرين الثاني ٢٠٢١',
};

/** The card's edges: text runs from 72 px in from one side to 72 px in from the other. */
const LEFT = 72;
const RIGHT = 1128;
/** Rows between the kicker and the footer's rule, where only the headline is drawn. */
const HEADLINE_ROWS = { top: 125, bottom: 495 };
/** A headline of a few words is set on one line at the largest size. */
const ONE_LINE_SIZE = 68;

/** A word's column profile as the card sets it, drawn alone. */
function wordInk(word: string, writing: CardWriting): number[] {
  const { canvas, ctx } = cardCanvas(1200, 240, writing);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, 1200, 240);
  setType(ctx, { size: ONE_LINE_SIZE, weight: 700 });
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.fillText(word, 600, 160);
  return columnInk(pixelsOf(canvas), 0, 240);
}

/** Where each of a one-line headline's words landed on the card, in the headline's order. */
function wordsOnCard(card: Card, words: string[]): Match[] {
  const line = columnInk(pixelsOf(drawSocialCard(card)), HEADLINE_ROWS.top, HEADLINE_ROWS.bottom);
  // Longest first, so a short word cannot take the place of part of a longer one.
  const byLength = words.map((word, i) => ({ word, i, ink: wordInk(word, card) })).sort((a, b) => b.ink.filter(Boolean).length - a.ink.filter(Boolean).length);
  const found: Match[] = [];
  const at = new Map<number, Match>();
  for (const { i, ink } of byLength) {
    const match = bestMatch(line, ink, found);
    found.push(match);
    at.set(i, match);
  }
  return words.map((_, i) => at.get(i) ?? { from: -1, to: -1, error: Infinity });
}

describe('an Arabic headline', () => {
  it('reads from the right: its first word is drawn rightmost, at the line’s start, and its last leftmost', () => {
    const words = ['الكاظمي', 'يلتقي', 'بايدن'];
    const [first, second, third] = wordsOnCard({ ...arabicCard, headline: words.join(' ') }, words);
    for (const match of [first, second, third]) expect(match?.error).toBeLessThan(0.15);
    expect(first!.from).toBeGreaterThan(second!.to);
    expect(second!.from).toBeGreaterThan(third!.to);
    expect(Math.abs(first!.to - RIGHT)).toBeLessThanOrEqual(4);
  });

  it('keeps a Latin name and a number in their own order, in place between the Arabic words around them', () => {
    const words = ['الكاظمي', 'يلتقي', 'Biden', 'في', '26', 'تموز'];
    const matches = wordsOnCard({ ...arabicCard, headline: words.join(' ') }, words);
    for (const match of matches) expect(match.error).toBeLessThan(0.15);
    const starts = matches.map((m) => m.from);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(new Set(starts).size).toBe(words.length);
    // Drawn as one left-to-right run: the name spelt backwards does not fit where it is.
    const line = columnInk(pixelsOf(drawSocialCard({ ...arabicCard, headline: words.join(' ') })), HEADLINE_ROWS.top, HEADLINE_ROWS.bottom);
    const biden = matches[2]!;
    const backwards = bestMatch(line.slice(biden.from - 2, biden.to + 2), wordInk('nediB', ENGLISH));
    expect(backwards.error).toBeGreaterThan(3 * biden.error + 0.1);
  });
});

describe('a card’s direction', () => {
  const kickerRows = { top: 74, bottom: 122 };
  const footerRows = { top: 510, bottom: 590 };
  const inkIn = (card: Card, rows: { top: number; bottom: number }, side: 'left' | 'right') => {
    const pixels = pixelsOf(drawSocialCard(card));
    return inkBox(pixels, { ...rows, left: side === 'left' ? 0 : 600, right: side === 'left' ? 600 : 1200 });
  };

  it('sets an English card from the left: kicker and site name on the left, the date on the right', () => {
    expect(inkIn(englishCard, kickerRows, 'left')?.left).toBeCloseTo(LEFT, -1);
    expect(inkIn(englishCard, kickerRows, 'right')).toBeUndefined();
    expect(inkIn(englishCard, footerRows, 'left')?.left).toBeCloseTo(LEFT, -1);
    expect(inkIn(englishCard, footerRows, 'right')?.right).toBeCloseTo(RIGHT, -1);
  });

  it('mirrors an Arabic card: kicker and site name on the right, the date on the left', () => {
    expect(inkIn(arabicCard, kickerRows, 'right')?.right).toBeCloseTo(RIGHT, -1);
    expect(inkIn(arabicCard, kickerRows, 'left')).toBeUndefined();
    expect(inkIn(arabicCard, footerRows, 'right')?.right).toBeCloseTo(RIGHT, -1);
    expect(inkIn(arabicCard, footerRows, 'left')?.left).toBeCloseTo(LEFT, -1);
  });
});

/**
 * Renders looked at and found right, kept beside this file: the English card as the site has
 * always drawn it, and the Arabic card read right to left with its letters joined. A render
 * that strays from them fails and is written to the temporary folder to look at; after a change
 * meant to alter the cards, look at the new renders and replace the references with
 * `UPDATE_CARD_REFERENCES=1 npx vitest run components/social/social-card.test.ts`.
 */
describe('the cards look as they were checked to look', () => {
  it.each([
    ['english-card.png', englishCard],
    ['arabic-card.png', arabicCard],
  ])('%s', async (file, card) => {
    const reference = path.join(__dirname, 'fixtures', file);
    const png = await drawSocialCard(card).encode('png');
    if (process.env.UPDATE_CARD_REFERENCES === '1') writeFileSync(reference, png);
    const share = differingShare(await decodePng(png), await decodePng(readFileSync(reference)));
    if (share > 0.005) writeFileSync(path.join(tmpdir(), `drawn-${file}`), png);
    expect(share, `${(share * 100).toFixed(2)} % of pixels differ from ${reference}; this render is ${path.join(tmpdir(), `drawn-${file}`)}`).toBeLessThanOrEqual(0.005);
  });
});
