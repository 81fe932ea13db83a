import { withDocument } from '@/components/document/DocumentPage';
import { LiveBlogPage } from '@/components/live/LiveBlogPage';
import { livePagePaths, updatePageProps } from '@/lib/pages/live';

/**
 * An update's own page: the live blog's head and the update alone, with the way to it among
 * the rest (docs/decisions/0014); the site's 404 for an update there is not.
 */
export const config = { unstable_runtimeJS: false };
export default withDocument(LiveBlogPage);
export const getStaticPaths = livePagePaths;
export const getStaticProps = updatePageProps;
