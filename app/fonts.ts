import localFont from 'next/font/local';

// Fonts ship with the repository's dependencies: nothing is fetched at build or in the browser.
// One web font: the reading face. Its upright file is preloaded, as nearly every line of
// a page needs it; the italic file is its own family so that it is not preloaded and loads
// only on pages with italic text. Labels, bylines and navigation use the reader's system face.
export const serif = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  variable: '--font-serif',
  display: 'swap',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});

export const serifItalic = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
  weight: '200 900',
  style: 'italic',
  variable: '--font-serif-italic',
  display: 'swap',
  preload: false,
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});
