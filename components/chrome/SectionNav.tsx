import type { Section } from '@/lib/content';
import { homePath, sectionPath } from '@/lib/site/paths';

/**
 * The sections, in the editors' order. On small screens the list folds into a
 * details/summary menu: it opens by keyboard or touch with no JavaScript. On
 * wide screens the CSS keeps it open and hides the summary.
 */
export function SectionNav({ sections }: { sections: Section[] }) {
  return (
    <nav className="section-nav" aria-label="Sections">
      <details className="section-nav__menu">
        <summary className="section-nav__toggle">Sections</summary>
        <ul className="section-nav__list">
          <li>
            <a href={homePath}>Home</a>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={sectionPath(s.id)}>{s.name}</a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
