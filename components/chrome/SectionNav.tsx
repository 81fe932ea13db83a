import type { Section } from '@/lib/content';
import { homePath, sectionPath } from '@/lib/site/paths';

/**
 * How a menu link stands to the page: the page itself, a page within it (a story or a later
 * page of the section), or neither.
 */
function currentness(href: string, path: string | undefined): 'page' | 'true' | undefined {
  if (path === undefined) return undefined;
  if (path === href) return 'page';
  return href !== homePath && path.startsWith(`${href}/`) ? 'true' : undefined;
}

/**
 * The sections, in the editors' order, with the reader's place among them marked. On small
 * screens the list folds into a details/summary menu: it opens by keyboard or touch with no
 * JavaScript. On wide screens the CSS keeps it open and hides the summary.
 */
export function SectionNav({ sections, path }: { sections: Section[]; path?: string }) {
  const links = [{ href: homePath, name: 'Home' }, ...sections.map((s) => ({ href: sectionPath(s.id), name: s.name }))];
  return (
    <nav className="section-nav" aria-label="Sections">
      <details className="section-nav__menu">
        <summary className="section-nav__toggle">Sections</summary>
        <ul className="section-nav__list">
          {links.map(({ href, name }) => (
            <li key={href}>
              <a href={href} aria-current={currentness(href, path)}>
                {name}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
