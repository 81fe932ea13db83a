import type { GetStaticPropsResult } from 'next';
import { getArticleAtPath, listArticles, type ArticlePageModel, type ContentProblem } from '../content';
import { prerenderLimit } from '../site/prerender';
import { articleCrumbs, breadcrumbJsonLd, newsArticleJsonLd, type JsonLd } from '../seo/jsonld';
import { articleMetadata, noindexMetadata, previewMetadata } from '../seo/metadata';
import { articleUrl } from '../seo/urls';
import { articlePath, parseArticlePath, type ArticleParams } from '../site/paths';
import { documentProps, documentResult, movedTo, notFoundResult, type DocumentProps } from './document';
import { liveHead, livePageData, type LivePageData } from './live';

/**
 * The controller of the article route (pages/[section]/…/[slug].tsx): it asks the gateway for
 * the article page whole and adds what search engines and social networks read.
 */

/** What an article page shows (components/article/ArticlePage.tsx). */
export interface ArticlePageData extends ArticlePageModel {
  /** The article's absolute URL. */
  url: string;
  jsonLd: JsonLd[];
}

/** What an article's address shows: the article or the live blog there, or in `next dev` the problems that keep it from being built. */
export type ArticleRouteContent = { data: ArticlePageData } | { live: LivePageData } | { problems: ContentProblem[] };

export type ArticleRouteProps = DocumentProps<ArticleRouteContent>;

/** The newest articles, prerendered at build; the rest render on their first request. */
export function articlePaths(): { paths: { params: ArticleParams }[]; fallback: 'blocking' } {
  const paths = listArticles({ limit: prerenderLimit('MASTHEAD_PRERENDER_ARTICLES') }).flatMap((a) => {
    const params = parseArticlePath(a.path);
    return params ? [{ params }] : [];
  });
  return { paths, fallback: 'blocking' };
}

/** The article at these params, a 308 from one of its former URLs, or the site's 404. */
export function articlePageProps({ params }: { params?: ArticleParams }): GetStaticPropsResult<ArticleRouteProps> {
  const found = params ? getArticleAtPath(articlePath(params)) : undefined;
  if (!found) return notFoundResult;
  if ('movedTo' in found) return movedTo(found.movedTo);
  // Only in `next dev`: an article with errors explains itself at its URL.
  if ('problems' in found) return { props: documentProps(noindexMetadata('Content errors'), { problems: found.problems }) };
  if ('live' in found) {
    const live = livePageData(found.live);
    return documentResult(liveHead(found.live, live.modified), { live });
  }
  const { article } = found.page;
  const metadata = article.state === 'published' ? articleMetadata(article) : previewMetadata(article);
  const jsonLd = [newsArticleJsonLd(article), breadcrumbJsonLd(articleCrumbs(article))];
  return documentResult(metadata, { data: { ...found.page, url: articleUrl(article), jsonLd } });
}
