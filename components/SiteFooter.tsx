import Link from 'next/link';
import type { Section } from '@/lib/content';
import { site } from '@/lib/site';

export function SiteFooter({ sections }: { sections: Section[] }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__name">{site.name}</p>
        <nav aria-label="Footer">
          <ul className="site-footer__links">
            {sections.map((s) => (
              <li key={s.id}>
                <Link href={`/${s.id}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="site-footer__note">
          Published by {site.name}. Articles are written by our desks; graphics are our own.
        </p>
      </div>
    </footer>
  );
}
