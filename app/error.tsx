'use client';

import Link from 'next/link';
import { SearchBox } from '@/components/SearchBox';

interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/**
 * What a reader sees when a page fails to render. The error itself stays in
 * the server's log: only its digest is shown, to quote when reporting it.
 * The latest stories are in the footer, which the layout still renders.
 */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  return (
    <div className="error-page">
      <h1 className="page-title">Something went wrong</h1>
      <p className="page-intro">
        This page could not be shown just now. Please try again, go to the <Link href="/">front page</Link> or search for the
        story.
      </p>
      <p>
        <button className="error-page__retry" type="button" onClick={reset}>
          Try again
        </button>
      </p>
      <div className="error-page__search">
        <SearchBox label="Error page" />
      </div>
      {error.digest ? <p className="error-page__digest">Reference: {error.digest}</p> : null}
    </div>
  );
}
