import type { GetStaticPropsResult } from 'next';
import type { ArticlePageData } from '@/components/ArticlePage';
import {
  contentProblemsAt,
  getArticleByFormerPath,
  getArticleByPath,
  getArticleSummary,
  getImageInfo,
  getLiveBlogByPath,
  listArticles,
  relatedTo,
  type Article,
  type ContentProblem,
} from '../content';
import { componentAttributes } from '../content/body';
import { prerenderLimit } from '../prerender';
import { articleCrumbs, breadcrumbJsonLd, newsArticleJsonLd } from '../seo/jsonld';
import { articleMetadata, noindexMetadata, previewMetadata } from '../seo/metadata';
import { absoluteUrl } from '../site';
import type { LivePageData } from '@/components/LiveBlogPage';
import { documentProps, documentResult, movedTo, notFoundResult, type DocumentProps } from './document';
import { liveBlogResult } from './live';

/**
 * The data of an article page (pages/[section]/…/[slug].tsx), resolved on the server:
 * related stories, `AlsoRead` targets, image sizes and structured data.
 */

export interface ArticleParams extends Record<string, string> {
  section: string;
  year: string;
  month: string;
  day: string;
  slug: string;
}

export type ArticleRouteProps = DocumentProps<{ data: ArticlePageData } | { live: LivePageData } | { problems: ContentProblem[] }>;

const paramsOf = (sitePath: string): ArticleParams => {
  const [, section = '', year = '', month = '', day = '', slug = ''] = sitePath.split('/');
  return { section, year, month, day, slug };
};

/** The newest articles, prerendered at build; the rest render on their first request. */
export function articleStaticPaths(): { params: ArticleParams }[] {
  return listArticles({ limit: prerenderLimit('MASTHEAD_PRERENDER_ARTICLES') }).map((a) => ({ params: paramsOf(a.path) }));
}

function pageData(article: Article): ArticlePageData {
  const linked: ArticlePageData['linked'] = {};
  for (const id of componentAttributes(article.body, 'AlsoRead', 'id')) {
    const target = getArticleSummary(id);
    if (target) linked[id] = { headline: target.headline, path: target.path };
  }
  const images: ArticlePageData['images'] = {};
  for (const src of componentAttributes(article.body, 'Figure', 'src')) {
    const info = getImageInfo(src);
    if (info) images[src] = { width: info.width, height: info.height };
  }
  return {
    article,
    url: absoluteUrl(article.path),
    related: relatedTo(article),
    linked,
    images,
    jsonLd: [newsArticleJsonLd(article), breadcrumbJsonLd(articleCrumbs(article))],
  };
}

/** The article at these params, a 308 from one of its former URLs, or the site's 404. */
export function articleRouteResult(params: ArticleParams | undefined): GetStaticPropsResult<ArticleRouteProps> {
  const sitePath = params ? `/${params.section}/${params.year}/${params.month}/${params.day}/${params.slug}` : '';
  const article = getArticleByPath(sitePath);
  if (!article) {
    const moved = getArticleByFormerPath(sitePath);
    if (moved) return movedTo(moved.path);
    // Only in `next dev`: an article with errors explains itself at its URL.
    const problems = contentProblemsAt(sitePath);
    if (problems) return { props: documentProps(noindexMetadata('Content errors'), { problems }) };
    return notFoundResult;
  }
  // A live blog lives at an article's address.
  const live = article.live ? getLiveBlogByPath(sitePath) : undefined;
  if (live) return liveBlogResult(live);
  const metadata = article.state === 'published' ? articleMetadata(article) : previewMetadata(article);
  return documentResult(metadata, { data: pageData(article) });
}
