import Link from 'next/link';
import type { Section } from '@/lib/content';

/** The sections, in the editors' order. */
export function SectionNav({ sections }: { sections: Section[] }) {
  return (
    <nav className="section-nav" aria-label="Sections">
      <ul className="section-nav__list">
        <li>
          <Link href="/">Home</Link>
        </li>
        {sections.map((s) => (
          <li key={s.id}>
            <Link href={`/${s.id}`}>{s.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
