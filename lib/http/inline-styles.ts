import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The article document writes its stylesheets into the page instead of linking them
 * (pages/_document.tsx). A linked stylesheet costs a phone one more round trip before
 * anything is drawn, and the page is parsed long before it arrives; inlined, the first
 * style and layout of the page are its last. The files are the build's own hashed CSS,
 * so what a page carries is exactly what it would have linked.
 */
export interface InlineStylesheet {
  /** The address the stylesheet would have been linked from. */
  href: string;
  css: string;
}

/** Hashed file names never change contents: each file is read once per process. */
const cache = new Map<string, string>();

/**
 * Reads each stylesheet from the build directory and points its relative `url()`s
 * (the web font, `../media/…`) where they resolve from the file's own address.
 * Throws, naming the file, when one cannot be read.
 */
export function inlineStylesheets(files: readonly string[], assetPrefix: string, distDir: string): InlineStylesheet[] {
  return files.map((file) => {
    const href = `${assetPrefix}/_next/${file}`;
    let css = cache.get(file);
    if (css === undefined) {
      css = escapeForStyleElement(resolveCssUrls(readFileSync(path.join(distDir, file), 'utf8'), href));
      cache.set(file, css);
    }
    return { href, css };
  });
}

const placeholderOrigin = 'http://stylesheet.invalid';

/**
 * Rewrites relative `url()` references in `css` as they resolve from `cssHref`, the
 * address the stylesheet would have been linked from (a path, or a CDN's absolute URL).
 * Absolute, root-relative, `data:` and fragment references are left as they are.
 */
export function resolveCssUrls(css: string, cssHref: string): string {
  const base = new URL(cssHref, placeholderOrigin);
  return css.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, (whole, quote: string, reference: string) => {
    if (reference === '' || /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(reference)) return whole;
    const resolved = new URL(reference, base);
    const address = resolved.origin === placeholderOrigin ? `${resolved.pathname}${resolved.search}${resolved.hash}` : resolved.href;
    return `url(${quote}${address}${quote})`;
  });
}

/** `</style` cannot end the element early: in CSS, `\/` is the same character as `/`. */
function escapeForStyleElement(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
