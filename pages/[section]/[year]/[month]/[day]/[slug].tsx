import { ArticleOrProblems } from '@/components/article/ArticleOrProblems';
import { withDocument } from '@/components/document/DocumentPage';
import { articlePageProps, articlePaths } from '@/lib/pages/article';

/**
 * An article, or a live blog, which lives at an article's address. The newest are prerendered at build (lib/site/prerender.ts); any other URL renders
 * on its first request and is cached, so an article can appear without a rebuild. A former
 * URL of a moved article answers 308 to where it lives now; unknown URLs get the site's 404.
 */
export const config = { unstable_runtimeJS: false };
export default withDocument(ArticleOrProblems);
export const getStaticPaths = articlePaths;
export const getStaticProps = articlePageProps;
