import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { CardWriting } from '@/lib/routes/cards';
import { registerCardFonts } from '@/lib/seo/og';

/** The house red: the logo's ground, the card's top rule and kicker. */
export const ACCENT = '#a3112e';
export const PAPER = '#fbfaf7';
export const INK = '#161616';
export const MUTED = '#555555';

/**
 * A blank canvas that writes in the card's language and direction. Text is placed by its
 * `start` and `end` (`textAlign`), which the direction turns into right and left for an
 * Arabic card, and each line is ordered by the bidirectional algorithm from that direction.
 */
export function cardCanvas(width: number, height: number, { lang, dir }: CardWriting): { canvas: Canvas; ctx: SKRSContext2D } {
  registerCardFonts();
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.lang = lang;
  ctx.direction = dir;
  return { canvas, ctx };
}
