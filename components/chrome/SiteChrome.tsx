import type { ReactNode } from 'react';
import type { ArticleSummary, Section } from '@/lib/content';
import type { Breaking } from '@/lib/content/breaking';
import { BreakingNews } from './BreakingNews';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface SiteChromeProps {
  sections: Section[];
  /** The page's own address, for the section menu. */
  path?: string;
  /** The newest stories the page does not already show, for the footer. */
  latest: ArticleSummary[];
  /** The breaking-news strip, while editors have one up. */
  breaking?: Breaking;
  children: ReactNode;
}

/**
 * What surrounds every page's content: the skip link, the masthead, the
 * breaking-news strip while there is one, the main landmark and the footer.
 */
export function SiteChrome({ sections, path, latest, breaking, children }: SiteChromeProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader sections={sections} path={path} />
      {breaking ? <BreakingNews breaking={breaking} /> : null}
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter sections={sections} latest={latest} />
    </>
  );
}
