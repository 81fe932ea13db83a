// @ts-check
/**
 * The site's editions: one newsroom per language, each a dimension of every address, content
 * folder and store rather than a copy of the site (docs/decisions/0021-editions.md). Adding an
 * edition is an entry here, its content folder (content/<lang>/, shaped like content/) and its
 * interface catalogue (lib/site/messages/<lang>.json).
 *
 * Plain JavaScript because the address module (lib/site/paths.js), which next.config.js loads
 * before anything is compiled, reads the prefixes.
 *
 * @typedef {object} Edition
 * @property {string} lang BCP 47 language of the edition's text: `<html lang>`, hreflang, feeds.
 * @property {'ltr' | 'rtl'} dir The direction its text runs: `<html dir>`, share cards, the content check.
 * @property {string} locale The locale dates and numbers are formatted in.
 * @property {string} timeZone IANA zone of its newsroom: its dates and the dates in its addresses.
 * @property {'latn' | 'arab'} numberingSystem Which digits dates and counts are written in.
 * @property {string} name The edition's own name for itself, shown in the language switch.
 * @property {string} pathPrefix What its addresses start with: "" for the first edition, "/<lang>" for the others.
 * @property {string} contentFolder Its content folder under the content root: "" for the first edition.
 */

/** @param {string} lang */
const prefixed = (lang) => ({ pathPrefix: `/${lang}`, contentFolder: lang });

/** @type {Edition} The default edition: its addresses carry no prefix, and x-default names it. */
const defaultEdition = {
  lang: 'en',
  dir: 'ltr',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  numberingSystem: 'latn',
  name: 'English',
  pathPrefix: '',
  contentFolder: '',
};

/** @type {readonly Edition[]} Every edition, the default first. */
const editions = Object.freeze([
  defaultEdition,
  {
    lang: 'ar',
    dir: 'rtl',
    // Iraqi Arabic: the months by their Levantine names (تشرين الثاني), as the newsroom writes them.
    locale: 'ar-IQ',
    // The Arabic newsroom reports from Baghdad and dates its stories there.
    timeZone: 'Asia/Baghdad',
    // Western digits, as BBC Arabic writes them (docs/decisions/0022-arabic-digits-and-typography.md).
    numberingSystem: 'latn',
    name: 'العربية',
    ...prefixed('ar'),
  },
]);

/**
 * The edition of a language, or undefined for one the site does not publish in.
 *
 * @param {string} lang
 * @returns {Edition | undefined}
 */
function editionOf(lang) {
  return editions.find((edition) => edition.lang === lang);
}

module.exports = { defaultEdition, editionOf, editions };
