'use client';

import Link from 'next/link';

// A minimal error page so a failed render shows the site, not the framework's default.
// The cause is logged on the server by Next; readers see no details.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="not-found">
      <h1 className="page-title">Something went wrong</h1>
      <p className="page-intro">
        This page could not be shown just now. Please try again in a moment, or go to the{' '}
        <Link href="/">front page</Link>.
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </p>
    </div>
  );
}
