/**
 * Arabic as the search index reads it (docs/decisions/0022-arabic-search-and-typography.md):
 * the same word however it is voweled or written. Diacritics (tashkeel, U+064B–U+0652, and the
 * dagger alef U+0670) and the tatweel (U+0640) are dropped; the hamza forms of alef (أ إ آ ٱ)
 * become ا; alef maqsura ى becomes ي; taa marbuta ة at the end of a word becomes ه. So مسيّرة
 * and مسيرة, إيران and ايران, الى and إلى find each other, as readers who type without hamza or
 * shadda expect. Tag addresses do not fold (lib/content/check/schema.ts: a drone and a march
 * are two topics); only search does. Text in any other script is left as it is.
 *
 * Folding keeps, for each character of the folded text, where it came from, so the words a
 * search matched in the folded index are marked in the text as it was written.
 */

const DROPPED = /[\u064B-\u0652\u0670\u0640]/;
const REPLACED: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي' };
const TAA_MARBUTA = 'ة';
/** What may follow a letter inside a word: another letter, a digit, or a dropped mark. */
const IN_WORD = /[\p{L}\p{N}\p{M}]/u;

export interface Folded {
  text: string;
  /** For each character (UTF-16 unit) of `text`, its index in the text it was folded from; then that text's length. */
  origin: number[];
}

/** Whether a text holds anything folding changes: most English text does not, and is kept as it is. */
const FOLDS = /[\u064B-\u0652\u0670\u0640أإآٱىة]/;

/** Folds Arabic text for the index or a query, keeping where each character came from. */
export function foldArabic(text: string): Folded {
  const source = text.normalize('NFC');
  if (!FOLDS.test(source)) return { text: source, origin: [...Array.from({ length: source.length }, (_, i) => i), source.length] };
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (DROPPED.test(ch)) continue;
    let folded = REPLACED[ch] ?? ch;
    if (ch === TAA_MARBUTA) {
      // The end of the word: the next character that is not a dropped mark is no letter.
      let next = i + 1;
      while (next < source.length && DROPPED.test(source.charAt(next))) next += 1;
      if (next >= source.length || !IN_WORD.test(source.charAt(next))) folded = 'ه';
    }
    out += folded;
    origin.push(i);
  }
  origin.push(source.length);
  return { text: out, origin };
}

/** The folded text alone. */
export function foldArabicText(text: string): string {
  return foldArabic(text).text;
}

/**
 * Text as it was written, with the marks `start` and `end` that a search put around matched
 * words in its folded form (`markedFolded`, FTS5's highlight() of the folded text) moved to the
 * same words of `original`. A match ends after the marks that follow its last letter, so a
 * shadda or a tatweel at a word's end is inside the highlight.
 */
export function markOriginal(markedFolded: string, original: string, start: string, end: string): string {
  const { text, origin } = foldArabic(original);
  const source = original.normalize('NFC');
  let out = '';
  let from = 0;
  let at = 0;
  for (const ch of markedFolded) {
    if (ch !== start && ch !== end) {
      at += ch.length;
      continue;
    }
    // A match starts where its first folded letter came from, and ends where the next one did.
    const position = at >= text.length ? source.length : (origin[at] ?? source.length);
    out += source.slice(from, position) + ch;
    from = position;
  }
  return out + source.slice(from);
}

/** The definite article and the particles written joined to it: a word is searched with and without them. */
const JOINED_ARTICLE = /^(?:وال|فال|بال|كال|لل|ال)/;
const JOINED_FORMS = ['', 'ال', 'و', 'ف', 'ب', 'ل', 'وال', 'فال', 'بال', 'كال', 'لل'];
/** Letters a stem keeps at least: "له" is a word of its own, not ال + ه. */
const MIN_STEM = 3;
const ARABIC_WORD = /^[\p{Script=Arabic}]+$/u;

/**
 * The forms a folded Arabic word is searched in: the word as typed, and its stem (without a
 * definite article, and و ف ب ك ل joined to it) alone and with each of them, so مسيرة finds
 * المسيرة and بالمسيرة, and والانتخابات finds انتخابات. A single letter و ف ب ل is never taken off
 * a word as typed (ولد, فوز, بغداد and لبنان begin with them); it is only added. Any other word
 * has one form, itself.
 */
export function searchForms(word: string): string[] {
  if (!ARABIC_WORD.test(word)) return [word];
  const joined = JOINED_ARTICLE.exec(word)?.[0];
  const stem = joined && Array.from(word).length - Array.from(joined).length >= MIN_STEM ? word.slice(joined.length) : word;
  return [...new Set([word, ...JOINED_FORMS.map((prefix) => prefix + stem)])];
}
