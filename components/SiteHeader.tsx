import Link from 'next/link';
import type { Section } from '@/lib/content';
import { site } from '@/lib/site';
import { SectionNav } from './SectionNav';

/** The masthead: the site's name, its tagline and the section menu. */
export function SiteHeader({ sections }: { sections: Section[] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__name">
          <Link href="/">{site.name}</Link>
        </p>
        <p className="site-header__tagline">{site.tagline}</p>
      </div>
      <SectionNav sections={sections} />
    </header>
  );
}
