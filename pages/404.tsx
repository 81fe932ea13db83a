import { withDocument } from '@/components/document/DocumentPage';
import { NotFoundPage } from '@/components/document/NotFoundPage';
import { notFoundPageProps } from '@/lib/pages/errors';

/**
 * The site's one 404 page, for every address with no page and every page that finds nothing
 * (Next's App Router would otherwise answer them: scripts/postbuild.mjs).
 */
export const config = { unstable_runtimeJS: false };
export default withDocument(NotFoundPage);
export const getStaticProps = notFoundPageProps;
