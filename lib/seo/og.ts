import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Fonts and text for the social cards drawn with next/og. The fonts ship in
 * node_modules (@fontsource/source-serif-4, WOFF because the renderer cannot
 * read WOFF2). A glyph missing from them would make next/og fetch a font from
 * the network, so card text is limited to the scripts the files cover.
 */

const FILES = [
  { file: 'source-serif-4-latin-400-normal.woff', weight: 400 },
  { file: 'source-serif-4-latin-ext-400-normal.woff', weight: 400 },
  { file: 'source-serif-4-latin-700-normal.woff', weight: 700 },
  { file: 'source-serif-4-latin-ext-700-normal.woff', weight: 700 },
] as const;

/** The family the card fonts are registered under, for the cards' styles. */
export const CARD_FONT_FAMILY = 'Source Serif 4';

export interface CardFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

let fonts: Promise<CardFont[]> | undefined;

export function cardFonts(): Promise<CardFont[]> {
  fonts ??= Promise.all(
    FILES.map(async ({ file, weight }) => {
      const buffer = await readFile(
        path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/@fontsource/source-serif-4/files', file),
      );
      const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
      return { name: CARD_FONT_FAMILY, data: data instanceof ArrayBuffer ? data : new Uint8Array(buffer).buffer, weight, style: 'normal' as const };
    }),
  );
  return fonts;
}

// Latin, Latin-1, Latin Extended A/B and Additional, punctuation, currency and letterlike symbols.
const OUTSIDE_FONTS = /[^\u0009\u000A\u0020-\u007E\u00A0-\u024F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F]/gu;

/** Text the card fonts can draw; anything else (emoji, other scripts) is dropped rather than fetched. */
export function cardText(value: string): string {
  return value.replace(OUTSIDE_FONTS, '').replace(/\s+/g, ' ').trim();
}

/** Headline size that keeps long headlines inside the card. */
export function headlineSize(headline: string): number {
  if (headline.length <= 50) return 68;
  if (headline.length <= 80) return 58;
  if (headline.length <= 120) return 48;
  return 40;
}

export const CARD_SIZE = { width: 1200, height: 630 } as const;
