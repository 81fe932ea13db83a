
interface AlsoReadProps {
  headline: string;
  href: string;
  /**
   * A landmark named by its story ("Also read: …"), the first time a page names the story; a
   * second box for the same story (two updates of a live blog linking it) is not one, so the
   * page's landmarks keep names of their own.
   */
  landmark: boolean;
}

/** The inline "Also read" link inside a body, showing the target's current headline. */
export function AlsoRead({ headline, href, landmark }: AlsoReadProps) {
  return (
    <aside className="also-read" aria-label={landmark ? `Also read: ${headline}` : undefined}>
      <p>
        <span className="also-read__label">Also read:</span> <a href={href}>{headline}</a>
      </p>
    </aside>
  );
}
