import type { SKRSContext2D } from '@napi-rs/canvas';
import { CARD_FONT_FAMILY } from '@/lib/seo/og';

/**
 * Setting card text by measuring it: lines broken between words where the measured line
 * would pass the measure, and the headline's size chosen so that its lines fit the space.
 * Measurements are of the shaped text in the context's language and direction, so joined
 * Arabic is measured as drawn. Nothing here knows a script: a word is what spaces separate.
 */

export interface TypeStyle {
  size: number;
  weight: 400 | 700;
}

export function setType(ctx: SKRSContext2D, { size, weight }: TypeStyle): void {
  ctx.font = `${weight} ${size}px ${CARD_FONT_FAMILY}`;
}

/** The ascent and descent of the current font's line box, as CSS's `line-height: normal` gives it. */
export function lineBox(ctx: SKRSContext2D): { ascent: number; descent: number } {
  const metrics = ctx.measureText('');
  return { ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent };
}

const width = (ctx: SKRSContext2D, text: string): number => ctx.measureText(text).width;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A word too long for a line of its own, in pieces that each fit (never splitting a character). */
function breakWord(ctx: SKRSContext2D, word: string, measure: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece && width(ctx, piece + segment) > measure) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** `text` in lines no wider than `measure` in the current font, each as full of words as fits. */
export function wrapLines(ctx: SKRSContext2D, text: string, measure: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (width(ctx, longer) <= measure) {
      line = longer;
      continue;
    }
    if (line) lines.push(line);
    const pieces = width(ctx, word) <= measure ? [word] : breakWord(ctx, word, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  return line ? [...lines, line] : lines;
}

const ELLIPSIS = '…';

/** `text` on one line no wider than `measure`: whole if it fits, else cut after a word with an ellipsis. */
export function fitLine(ctx: SKRSContext2D, text: string, measure: number): string {
  if (width(ctx, text) <= measure) return text;
  const [first = ''] = wrapLines(ctx, text, measure - width(ctx, ELLIPSIS));
  return first + ELLIPSIS;
}

/** Sizes the headline may take, largest first, how many lines it may use, and how far apart. */
export const HEADLINE = { largest: 68, smallest: 40, step: 2, maxLines: 3, lineHeight: 1.12, weight: 700 } as const;

export interface HeadlineLayout {
  size: number;
  lines: string[];
  /** From one baseline to the next. */
  pitch: number;
}

/**
 * Baseline to baseline: the headline's line height, or more where its ink would otherwise come
 * closer than a tenth of the size (Arabic's marks above and letters below reach further than
 * Latin's ascenders and descenders, so an Arabic headline gets the taller lines it needs).
 */
function pitchOf(ctx: SKRSContext2D, lines: string[], size: number): number {
  const ink = lines.map((line) => ctx.measureText(line));
  const ascent = Math.max(...ink.map((m) => m.actualBoundingBoxAscent));
  const descent = Math.max(...ink.map((m) => m.actualBoundingBoxDescent));
  return Math.max(HEADLINE.lineHeight * size, ascent + descent + size / 10);
}

function layoutAt(ctx: SKRSContext2D, text: string, size: number, measure: number): HeadlineLayout {
  setType(ctx, { size, weight: HEADLINE.weight });
  const lines = wrapLines(ctx, text, measure);
  return { size, lines, pitch: pitchOf(ctx, lines, size) };
}

/**
 * The largest size at which the headline takes at most three lines that fit `box`; failing
 * that (a very long headline), the smallest size with as many lines as fit, the last one
 * cut with an ellipsis. Leaves the context's font at the size chosen.
 */
export function fitHeadline(ctx: SKRSContext2D, text: string, box: { width: number; height: number }): HeadlineLayout {
  for (let size = HEADLINE.largest; size > HEADLINE.smallest; size -= HEADLINE.step) {
    const layout = layoutAt(ctx, text, size, box.width);
    if (layout.lines.length <= HEADLINE.maxLines && layout.lines.length * layout.pitch <= box.height) return layout;
  }
  const layout = layoutAt(ctx, text, HEADLINE.smallest, box.width);
  const room = Math.max(1, Math.floor(box.height / layout.pitch));
  if (layout.lines.length <= room) return layout;
  const kept = layout.lines.slice(0, room - 1);
  return { ...layout, lines: [...kept, fitLine(ctx, layout.lines.slice(room - 1).join(' '), box.width)] };
}
