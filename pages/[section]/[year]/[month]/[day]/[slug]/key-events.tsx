import { withDocument } from '@/components/document/DocumentPage';
import { LiveBlogPage } from '@/components/live/LiveBlogPage';
import { keyEventsPageProps, livePagePaths } from '@/lib/pages/live';

/**
 * A live blog's key events alone, each whole, newest first: the key-events view, a plain page
 * that needs no script. Each renders on its first request; the site's 404 at any other story.
 */
export const config = { unstable_runtimeJS: false };
export default withDocument(LiveBlogPage);
export const getStaticPaths = livePagePaths;
export const getStaticProps = keyEventsPageProps;
