import Link from 'next/link';

/** The inline "Also read" link inside a body, showing the target's current headline. */
export function AlsoRead({ headline, href }: { headline: string; href: string }) {
  return (
    <aside className="also-read" aria-label="Also read">
      <p>
        <span className="also-read__label">Also read:</span> <Link href={href}>{headline}</Link>
      </p>
    </aside>
  );
}
