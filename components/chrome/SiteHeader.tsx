import type { Section } from '@/lib/content';
import { site } from '@/lib/site/config';
import { SearchBox } from './SearchBox';
import { SectionNav } from './SectionNav';
import { homePath } from '@/lib/site/paths';

/** The masthead: the site's name, its tagline, a search box and the section menu. */
export function SiteHeader({ sections, path }: { sections: Section[]; path?: string }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__brand">
          <p className="site-header__name">
            <a href={homePath}>{site.name}</a>
          </p>
          <p className="site-header__tagline">{site.tagline}</p>
        </div>
        <div className="site-header__search">
          <SearchBox label="Site" />
        </div>
      </div>
      <SectionNav sections={sections} path={path} />
    </header>
  );
}
