import localFont from 'next/font/local';

// Fonts ship with the repository's dependencies: nothing is fetched at build or in the browser.
// One web font for every word of a page: the reading face (docs/decisions/0015). Its upright
// file is preloaded, as every line of a page needs it, and is `optional`: a browser waits for
// a preloaded optional font a moment before the first layout, then keeps what it has, so a
// page is laid out once and never shifts when the font arrives late (a reader on a slow line
// reads that page in the fallback, metrics matched, and the next in the reading face). The
// italic file is its own family so that it is not preloaded and loads only on pages with
// italic text.
export const serif = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  variable: '--font-serif',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});

export const serifItalic = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
  weight: '200 900',
  style: 'italic',
  variable: '--font-serif-italic',
  display: 'swap',
  preload: false,
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});
