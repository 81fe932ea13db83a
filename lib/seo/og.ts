import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { cardFontFiles } from './card-fonts';

/**
 * Fonts and text for the share cards, which are drawn on a Skia canvas (@napi-rs/canvas),
 * not with next/og: satori, behind next/og, lays Arabic out left to right, words in reverse
 * order (docs/decisions/0016). Skia shapes each run with HarfBuzz and orders a line with the
 * Unicode bidirectional algorithm, so Arabic letters join, an Arabic line reads from the right,
 * and a Latin name or a number inside it keeps its own order and place.
 *
 * The faces ship in node_modules as WOFF2 (lib/seo/card-fonts.js lists them, and the build
 * ships them with the server) and are registered once per process. A line is set in the
 * families in order, each character in the first that has it: Latin in Source Serif 4, as on
 * the reader pages, Arabic in Noto Naskh Arabic. A character neither has would be drawn in
 * whatever font the machine happens to have installed, so card text keeps only what they cover.
 */

/** The card faces in fallback order, as the family list of a canvas `font`. */
export const CARD_FONT_FAMILY = [...new Set(cardFontFiles.map((f) => f.family))].map((family) => `"${family}"`).join(', ');

let registered = false;

/** Makes the card faces known to every canvas in this process; throws naming a file it cannot read. */
export function registerCardFonts(): void {
  if (registered) return;
  for (const { family, file } of cardFontFiles) {
    const at = path.join(/*turbopackIgnore: true*/ process.cwd(), file);
    if (!GlobalFonts.registerFromPath(at, family)) {
      throw new Error(`Share cards cannot be drawn: the font file ${at} is missing or unreadable (npm ci installs it; the build copies it beside the server)`);
    }
  }
  registered = true;
}

// Source Serif 4's Latin subsets: Latin, Latin-1, Latin Extended A/B and Additional, general
// punctuation (bidi marks and isolates included), currency and letterlike symbols. Noto Naskh
// Arabic's Arabic subset: Arabic, its Supplement and Extended-B/A blocks, presentation forms A and B.
const OUTSIDE_FONTS =
  /[^\u0009\u000A\u0020-\u007E\u00A0-\u024F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/gu;

/** Text the card faces can draw, on one line; anything else (emoji, other scripts) is dropped. */
export function cardText(value: string): string {
  return value.replace(OUTSIDE_FONTS, '').replace(/\s+/g, ' ').trim();
}

export const CARD_SIZE = { width: 1200, height: 630 } as const;
