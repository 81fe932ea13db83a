import Link from 'next/link';
import { SearchBox } from './SearchBox';

/**
 * What a reader sees when a page fails to render (pages/500.tsx). The error itself stays in
 * the server's log.
 */
export function ErrorNotice() {
  return (
    <div className="error-page">
      <h1 className="page-title">Something went wrong</h1>
      <p className="page-intro">
        This page could not be shown just now. Please try again, go to the <Link href="/">front page</Link> or search for the
        story.
      </p>
      <div className="error-page__search">
        <SearchBox label="Error page" />
      </div>
    </div>
  );
}
