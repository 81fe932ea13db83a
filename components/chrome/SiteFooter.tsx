import type { ArticleSummary, Section } from '@/lib/content';
import { site } from '@/lib/site/config';
import { LatestArticles } from '../summaries/LatestArticles';
import { desksPath, searchPagePath, sectionPath, topicsPath } from '@/lib/site/paths';

interface SiteFooterProps {
  sections: Section[];
  /** The newest stories the page does not show already: every page, error pages included, offers a way on. */
  latest: ArticleSummary[];
}

export function SiteFooter({ sections, latest }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {latest.length ? (
          <div className="site-footer__latest">
            <LatestArticles articles={latest} headingId="footer-latest-heading" heading={`Latest from ${site.name}`} />
          </div>
        ) : null}
        <div className="site-footer__about">
          <p className="site-footer__name">{site.name}</p>
          <nav aria-label="Footer">
            <ul className="site-footer__links">
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={sectionPath(s.id)}>{s.name}</a>
                </li>
              ))}
              <li>
                <a href={topicsPath}>Topics</a>
              </li>
              <li>
                <a href={desksPath}>Desks</a>
              </li>
              <li>
                <a href={searchPagePath}>Search</a>
              </li>
            </ul>
          </nav>
          <p className="site-footer__note">
            Published by {site.name}. Articles are written by our desks; graphics are our own.
          </p>
        </div>
      </div>
    </footer>
  );
}
