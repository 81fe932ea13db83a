
export interface Crumb {
  name: string;
  href: string;
}

/** Where a page sits: Home › Section, each a link back. */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <ol className="breadcrumb__list">
        {trail.map((c) => (
          <li key={c.href} className="breadcrumb__item">
            <a href={c.href}>{c.name}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
