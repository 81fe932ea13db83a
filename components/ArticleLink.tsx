import type { AnchorHTMLAttributes } from 'react';

/**
 * A link to an article. Article pages are plain documents of pages/ with no client runtime
 * (see pages/[section]/…/[slug].tsx), which the App Router cannot open in place: through
 * next/link, a front would prefetch the RSC form of every story in view and, on a click,
 * fetch it again before loading the page anyway. A plain link loads the page once.
 */
export function ArticleLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
