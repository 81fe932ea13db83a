interface ShareLinksProps {
  /** Absolute URL of the story. */
  url: string;
  headline: string;
}

/**
 * Plain share URLs: nothing from the networks is loaded until a reader
 * follows one. The address field lets a reader copy the link without
 * JavaScript; with it, a button copies it in one go (the page's script,
 * lib/http/inline-scripts.js, shows the button and answers its clicks).
 */
export function ShareLinks({ url, headline }: ShareLinksProps) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(headline);
  const networks = [
    { name: 'Email', href: `mailto:?subject=${t}&body=${u}` },
    { name: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${headline} ${url}`)}` },
  ];
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share__heading">
        Share this story
      </h2>
      <ul className="share__list">
        {networks.map((n) => (
          <li key={n.name}>
            <a className="share__link" href={n.href} rel="noopener noreferrer" target="_blank">
              {n.name}
              <span className="visually-hidden"> (opens in a new window)</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="share__copy">
        <label className="share__label" htmlFor="share-url">
          Link to this story
        </label>
        <input className="share__url" id="share-url" type="text" readOnly value={url} />
        <button className="share__button" type="button" data-copy-link={url}>
          Copy link
        </button>
        <span className="share__status" role="status" />
      </div>
    </section>
  );
}
