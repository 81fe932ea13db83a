import { IntlMessageFormat } from 'intl-messageformat';
import type { Edition } from './editions';
import en from './messages/en.json';
import ar from './messages/ar.json';

/**
 * The interface's words, one catalogue per edition (lib/site/messages/<lang>.json), written as
 * ICU messages: plurals by the language's own rules (Arabic has six forms: zero, one, two, few,
 * many, other), numbers in the edition's digits. A page asks for a message by its key; it never
 * builds a sentence from pieces. A unit test fails when a catalogue lacks a key of another.
 */

export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;

/** Every edition's catalogue, by language. A new edition adds its file here. */
const catalogues: Record<string, Partial<Record<MessageKey, string>>> = { en, ar };

/** The locale an edition's numbers and plurals are formatted in: its locale with its digits ("ar-IQ-u-nu-latn"). */
function formattingLocale(edition: Pick<Edition, 'locale' | 'numberingSystem'>): string {
  return `${edition.locale}-u-nu-${edition.numberingSystem}`;
}

const compiled = new Map<string, IntlMessageFormat>();

/** The messages of an edition: `t('live.updates', { count: 3 })` → "3 updates" / "3 تحديثات". */
export function messagesFor(edition: Pick<Edition, 'lang' | 'locale' | 'numberingSystem'>): (key: MessageKey, values?: MessageValues) => string {
  const catalogue = catalogues[edition.lang];
  if (!catalogue) throw new Error(`No interface catalogue for the ${edition.lang} edition: add lib/site/messages/${edition.lang}.json`);
  const locale = formattingLocale(edition);
  return (key, values) => {
    const message = catalogue[key];
    if (message === undefined) throw new Error(`The ${edition.lang} catalogue has no message "${key}"`);
    const id = `${edition.lang}\0${locale}\0${key}`;
    let format = compiled.get(id);
    if (!format) {
      format = new IntlMessageFormat(message, locale);
      compiled.set(id, format);
    }
    const out = format.format(values);
    if (typeof out !== 'string') throw new Error(`The message "${key}" of the ${edition.lang} catalogue formats to more than text`);
    return out;
  };
}
