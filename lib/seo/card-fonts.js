// @ts-check
/**
 * The font files the share cards are drawn with (lib/seo/og.ts), relative to the server's
 * working directory: Source Serif 4 for Latin, as on the reader pages, and Noto Naskh Arabic for
 * Arabic, each in the weights the cards use. WOFF2 only: the card renderer reads it.
 *
 * Plain JavaScript because next.config.js reads it to ship these files with the standalone
 * server: the renderer opens them by path, which the build's file tracing cannot see.
 */

/** @typedef {{ family: string, file: string }} CardFontFile */

/** @type {readonly CardFontFile[]} */
const cardFontFiles = [
  ...['latin', 'latin-ext'].flatMap((subset) =>
    [400, 700].map((weight) => ({
      family: 'Source Serif 4',
      file: `node_modules/@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff2`,
    })),
  ),
  ...[400, 700].map((weight) => ({
    family: 'Noto Naskh Arabic',
    file: `node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`,
  })),
];

module.exports = { cardFontFiles };
