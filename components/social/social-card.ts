import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import type { Card } from '@/lib/routes/cards';
import { CARD_SIZE, cardText } from '@/lib/seo/og';
import { ACCENT, INK, MUTED, PAPER, cardCanvas } from './canvas';
import { fitHeadline, fitLine, lineBox, setType, type TypeStyle } from './text-layout';

/*
 * The 1200×630 share card: a red rule across the top; the kicker at the top, the site name
 * and the footnote under a rule at the bottom, the headline centred in the space between.
 * Everything is placed from the line's start (the left of an English card, the right of an
 * Arabic one), so a right-to-left card is the mirror of a left-to-right one.
 */

const TOP_RULE = 18;
/** Around the text: top, sides and bottom. */
const PADDING = { top: 56, inline: 72, bottom: 52 };
const KICKER: TypeStyle = { size: 30, weight: 700 };
const SITE_NAME: TypeStyle = { size: 40, weight: 700 };
const FOOTNOTE: TypeStyle = { size: 30, weight: 400 };
/** The rule over the footer, and the space under it and between the site name and the footnote. */
const FOOTER_RULE = { height: 2, gap: 20 };
/** The least space between the headline and the kicker above it or the rule below. */
const HEADLINE_CLEARANCE = 24;

/**
 * Draws the kicker in capitals, lightly spaced, and answers where it ends. A script without
 * capitals is left as it is, and Skia, as browsers do, does not space out letters that join.
 */
function drawKicker(ctx: SKRSContext2D, kicker: string, at: { start: number; top: number; measure: number }): number {
  setType(ctx, KICKER);
  ctx.letterSpacing = '1px';
  const { ascent, descent } = lineBox(ctx);
  ctx.fillStyle = ACCENT;
  ctx.fillText(fitLine(ctx, kicker.toLocaleUpperCase(ctx.lang), at.measure), at.start, at.top + ascent);
  ctx.letterSpacing = '0px';
  return at.top + ascent + descent;
}

/** Draws the rule, the site name at the line's start and the footnote at its end, both resting on the bottom; answers the rule's top. */
function drawFooter(ctx: SKRSContext2D, { siteName, footnote }: { siteName: string; footnote: string }, at: { start: number; end: number; bottom: number; measure: number }): number {
  setType(ctx, SITE_NAME);
  const name = lineBox(ctx);
  const nameText = fitLine(ctx, siteName, at.measure);
  const nameWidth = ctx.measureText(nameText).width;
  ctx.fillStyle = INK;
  ctx.fillText(nameText, at.start, at.bottom - name.descent);
  const ruleTop = at.bottom - name.ascent - name.descent - FOOTER_RULE.gap - FOOTER_RULE.height;
  ctx.fillRect(Math.min(at.start, at.end), ruleTop, at.measure, FOOTER_RULE.height);

  setType(ctx, FOOTNOTE);
  ctx.fillStyle = MUTED;
  ctx.textAlign = 'end';
  ctx.fillText(fitLine(ctx, footnote, at.measure - nameWidth - FOOTER_RULE.gap), at.end, at.bottom - lineBox(ctx).descent);
  ctx.textAlign = 'start';
  return ruleTop;
}

/** Draws the headline as large as fits, its lines centred as a block between `top` and `bottom`. */
function drawHeadline(ctx: SKRSContext2D, headline: string, at: { start: number; top: number; bottom: number; measure: number }): void {
  const space = at.bottom - at.top;
  const { lines, pitch } = fitHeadline(ctx, headline, { width: at.measure, height: space - 2 * HEADLINE_CLEARANCE });
  const { ascent, descent } = lineBox(ctx);
  // Each line's box is `pitch` tall with its font's ascent and descent centred in it, as CSS sets a line-height.
  const first = at.top + (space - lines.length * pitch) / 2 + (pitch - ascent - descent) / 2 + ascent;
  ctx.fillStyle = INK;
  lines.forEach((line, i) => ctx.fillText(line, at.start, first + i * pitch));
}

/** The card, drawn in its language and direction. */
export function drawSocialCard(card: Card): Canvas {
  const { width, height } = CARD_SIZE;
  const { canvas, ctx } = cardCanvas(width, height, card);
  const start = card.dir === 'rtl' ? width - PADDING.inline : PADDING.inline;
  const end = width - start;
  const measure = width - 2 * PADDING.inline;

  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, width, TOP_RULE);
  ctx.textAlign = 'start';

  const kickerBottom = drawKicker(ctx, cardText(card.kicker), { start, top: TOP_RULE + PADDING.top, measure });
  const footer = { siteName: cardText(card.siteName), footnote: cardText(card.footnote ?? '') };
  const ruleTop = drawFooter(ctx, footer, { start, end, bottom: height - PADDING.bottom, measure });
  drawHeadline(ctx, cardText(card.headline), { start, top: kickerBottom, bottom: ruleTop, measure });
  return canvas;
}
