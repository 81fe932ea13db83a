import Link from 'next/link';
import { SearchBox } from '@/components/SearchBox';
import { StoryList } from '@/components/StoryList';
import { listArticles } from '@/lib/content';

export default function NotFound() {
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
      <StoryList articles={listArticles({ limit: 5 })} emptyMessage="No stories have been published yet." />
    </div>
  );
}
