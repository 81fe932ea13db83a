import { withDocument } from '@/components/document/DocumentPage';
import { LiveBlogPage } from '@/components/live/LiveBlogPage';
import { livePagePaths, olderPageProps } from '@/lib/pages/live';

/**
 * An older page of a live blog's updates, counted from the oldest (lib/content/live/pages.ts).
 * Each renders on its first request and is cached; the live blog's own address while its
 * updates are still shown there; the site's 404 past the end.
 */
export const config = { unstable_runtimeJS: false };
export default withDocument(LiveBlogPage);
export const getStaticPaths = livePagePaths;
export const getStaticProps = olderPageProps;
