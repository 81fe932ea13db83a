/**
 * Which way a text runs, judged as a reader would: by its letters. An Arabic article is
 * written right to left, with Latin names and numbers inside it; an English one the other way.
 * The edition sets the page's direction (`<html dir>`), so a text that runs against its
 * edition, or that carries its own bidirectional controls, would be laid out wrongly.
 */

/** Letters of the scripts written right to left that a newsroom may publish in. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

/** The direction most of a text's letters run in; undefined for a text without letters. */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  let rtl = 0;
  let ltr = 0;
  for (const character of text) {
    if (!LETTER.test(character)) continue;
    if (RIGHT_TO_LEFT.test(character)) rtl += 1;
    else ltr += 1;
  }
  if (rtl === 0 && ltr === 0) return undefined;
  return rtl > ltr ? 'rtl' : 'ltr';
}

/**
 * Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): each reorders the text up
 * to its closing control, or to the end of the paragraph when there is none. The page isolates
 * names, numbers and links itself (`<bdi>`, `dir="auto"`), so in content they only make text
 * jump or read backwards. The invisible marks (U+200E, U+200F, U+061C) only lean a neutral
 * character one way, as Arabic keyboards type them, and are left alone.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** The first bidirectional control in a text, as "U+202E", or undefined. */
export function bidiControlIn(text: string): { index: number; code: string } | undefined {
  const match = BIDI_CONTROL.exec(text);
  if (!match?.[0]) return undefined;
  return { index: match.index, code: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
