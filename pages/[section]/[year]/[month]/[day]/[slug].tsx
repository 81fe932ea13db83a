import type { GetStaticPaths, GetStaticProps } from 'next';
import { ArticlePage } from '@/components/ArticlePage';
import { ContentProblems } from '@/components/ContentProblems';
import { ContentRefresh } from '@/components/ContentRefresh';
import { DocumentPage } from '@/components/DocumentPage';
import { articleRouteResult, articleStaticPaths, type ArticleParams, type ArticleRouteProps } from '@/lib/article-route';

/**
 * Article pages are plain HTML documents: they load no framework JavaScript (only the
 * page's own small script, components/PageScript.tsx, written by pages/_document.tsx),
 * which is what lets a phone show a story at once. The App Router always ships its client runtime, so this one route lives
 * in pages/, where `unstable_runtimeJS: false` leaves the runtime out. Its markup, styles,
 * metadata builders and caching are the same as every other page's. `next dev` still
 * loads the runtime, which refreshes an open article when its file is saved.
 *
 * The newest articles are prerendered at build (lib/prerender.ts); any other URL renders
 * on its first request and is cached, so an article can appear without a rebuild. A former
 * URL of a moved article answers 308 to where it lives now; unknown URLs get the site's 404.
 */
export const config = { unstable_runtimeJS: false };

export default function ArticleRoute(props: ArticleRouteProps) {
  return (
    <DocumentPage chrome={props.chrome}>
      {'data' in props ? <ArticlePage {...props.data} /> : <ContentProblems problems={props.problems} />}
      {process.env.NODE_ENV === 'development' ? <ContentRefresh /> : null}
    </DocumentPage>
  );
}

export const getStaticPaths: GetStaticPaths<ArticleParams> = async () => ({ paths: articleStaticPaths(), fallback: 'blocking' });

export const getStaticProps: GetStaticProps<ArticleRouteProps, ArticleParams> = async ({ params }) => articleRouteResult(params);
