import type { GetStaticPaths, GetStaticProps } from 'next';
import { ArticlePage } from '@/components/ArticlePage';
import { ContentProblems } from '@/components/ContentProblems';
import { DocumentPage } from '@/components/DocumentPage';
import { LiveBlogPage } from '@/components/LiveBlogPage';
import { articleRouteResult, articleStaticPaths, type ArticleParams, type ArticleRouteProps } from '@/lib/pages/article';

/**
 * An article, or a live blog, which lives at an article's address. The newest are prerendered at build (lib/prerender.ts); any other URL renders
 * on its first request and is cached, so an article can appear without a rebuild. A former
 * URL of a moved article answers 308 to where it lives now; unknown URLs get the site's 404.
 */
export const config = { unstable_runtimeJS: false };

export default function ArticleRoute(props: ArticleRouteProps) {
  return (
    <DocumentPage chrome={props.chrome}>
      {'data' in props ? <ArticlePage {...props.data} /> : 'live' in props ? <LiveBlogPage {...props.live} /> : <ContentProblems problems={props.problems} />}
    </DocumentPage>
  );
}

export const getStaticPaths: GetStaticPaths<ArticleParams> = async () => ({ paths: articleStaticPaths(), fallback: 'blocking' });

export const getStaticProps: GetStaticProps<ArticleRouteProps, ArticleParams> = async ({ params }) => articleRouteResult(params);
