
/**
 * The inline "Also read" link inside a body, showing the target's current headline. A body may
 * hold several: each landmark is named by the story it leads to.
 */
export function AlsoRead({ headline, href }: { headline: string; href: string }) {
  return (
    <aside className="also-read" aria-label={`Also read: ${headline}`}>
      <p>
        <span className="also-read__label">Also read:</span> <a href={href}>{headline}</a>
      </p>
    </aside>
  );
}
