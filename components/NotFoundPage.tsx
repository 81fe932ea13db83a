import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { SearchBox } from './SearchBox';
import { StoryList } from './StoryList';

/** What a reader sees at an address with no page: ways on, by the front page, search or the latest stories. */
export function NotFoundPage({ latest }: { latest: ArticleSummary[] }) {
  return (
    <div className="not-found">
      <h1 className="page-title">Page not found</h1>
      <p className="page-intro">
        There is no page at this address. It may have moved, or the link may be mistyped. Try the{' '}
        <Link href="/">front page</Link>, search for the story, or read one of the latest stories.
      </p>
      <div className="not-found__search">
        <SearchBox label="Not found" />
      </div>
      <h2 className="not-found__heading">Latest stories</h2>
      <StoryList articles={latest} emptyMessage="No stories have been published yet." />
    </div>
  );
}
