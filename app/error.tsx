'use client';

import { ErrorNotice } from '@/components/ErrorNotice';

interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/**
 * The error boundary of the App Router pages. Only the error's digest is shown, to quote
 * when reporting it. The latest stories are in the footer, which the layout still renders.
 */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  return (
    <ErrorNotice>
      <p>
        <button className="error-page__retry" type="button" onClick={reset}>
          Try again
        </button>
      </p>
      {error.digest ? <p className="error-page__digest">Reference: {error.digest}</p> : null}
    </ErrorNotice>
  );
}
