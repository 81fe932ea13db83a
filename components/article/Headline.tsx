import type { ReactNode } from 'react';

/** The article's headline: the page's one h1. */
export function Headline({ children }: { children: ReactNode }) {
  return <h1 className="headline">{children}</h1>;
}
