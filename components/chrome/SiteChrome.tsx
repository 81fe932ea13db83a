import type { ReactNode } from 'react';
import type { ArticleSummary, Section } from '@/lib/content';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface SiteChromeProps {
  sections: Section[];
  /** The newest stories, for the footer. */
  latest: ArticleSummary[];
  children: ReactNode;
}

/**
 * What surrounds every page's content: the skip link, the masthead, the main
 * landmark and the footer. The root layout and the article pages both use it.
 */
export function SiteChrome({ sections, latest, children }: SiteChromeProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader sections={sections} />
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter sections={sections} latest={latest} />
    </>
  );
}
