import { SearchBox } from '../chrome/SearchBox';
import { homePath } from '@/lib/site/paths';

/** What a reader sees at the address of a story taken down (410): that it was removed, and ways on; nothing of the story. */
export function GonePage() {
  return (
    <div className="not-found">
      <h1 className="page-title">This story has been removed</h1>
      <p className="page-intro">
        The story that was at this address has been taken down and is no longer available. Try the <a href={homePath}>front page</a> or search for
        other coverage.
      </p>
      <div className="not-found__search">
        <SearchBox label="Removed" />
      </div>
    </div>
  );
}
