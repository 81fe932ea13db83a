'use client';

import './globals.css';

/**
 * The last resort, when the layout itself fails (for instance when content
 * cannot be read): no masthead can be drawn, so this page stands alone.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body>
        <main id="main" className="site-main">
          <h1 className="page-title">Something went wrong</h1>
          <p className="page-intro">
            The site could not be shown just now. Please try again in a minute, or go to the{' '}
            {/* A full page load: the client router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">front page</a>.
          </p>
          <form role="search" aria-label="Site" action="/search" method="get">
            <label htmlFor="global-error-q">Search stories</label>{' '}
            <input id="global-error-q" type="search" name="q" /> <button type="submit">Search</button>
          </form>
          {error.digest ? <p>Reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
