import type { GetStaticPropsResult, Metadata } from 'next';
import type { ArticlePageData } from '@/components/ArticlePage';
import {
  contentProblemsAt,
  getArticleByFormerPath,
  getArticleByPath,
  getArticleSummary,
  getImageInfo,
  getSections,
  listArticles,
  relatedTo,
  type Article,
  type ArticleSummary,
  type ContentProblem,
  type Section,
} from './content';
import { componentAttributes } from './content/body';
import { prerenderLimit } from './prerender';
import { headTags, type HeadTag } from './seo/head-tags';
import { articleCrumbs, breadcrumbJsonLd, newsArticleJsonLd } from './seo/jsonld';
import { articleMetadata, noindexMetadata, previewMetadata, rootMetadata, siteViewport } from './seo/metadata';
import { absoluteUrl } from './site';

/**
 * The data of an article page (pages/[section]/…/[slug].tsx), resolved on the server.
 * The page itself only draws it: nothing here reaches the browser but the HTML.
 */

/** Seconds before a served page is rendered again in the background, as for every other page. */
export const ARTICLE_REVALIDATE = 30;

export interface ArticleParams extends Record<string, string> {
  section: string;
  year: string;
  month: string;
  day: string;
  slug: string;
}

/** What every page of pages/ draws around its content (components/DocumentPage.tsx). */
export interface PageChrome {
  sections: Section[];
  latest: ArticleSummary[];
  /** The <head>: title, description, canonical, feeds, social and robots tags. */
  head: HeadTag[];
}

export type ArticleRouteProps = { chrome: PageChrome } & ({ data: ArticlePageData } | { problems: ContentProblem[] });

const paramsOf = (sitePath: string): ArticleParams => {
  const [, section = '', year = '', month = '', day = '', slug = ''] = sitePath.split('/');
  return { section, year, month, day, slug };
};

/** The newest articles, prerendered at build; the rest render on their first request. */
export function articleStaticPaths(): { params: ArticleParams }[] {
  return listArticles({ limit: prerenderLimit('MASTHEAD_PRERENDER_ARTICLES') }).map((a) => ({ params: paramsOf(a.path) }));
}

/**
 * Page props are JSON: fields left undefined are dropped (Next refuses them), and the
 * body tree loses its source positions, which only the content check needs.
 */
export function asJson<T>(value: T): T {
  const parsed: T = JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'position' ? undefined : v)));
  return parsed;
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

/** The chrome of a page of pages/ with this metadata, merged over the root layout's as for every other page. */
export function pageChrome(metadata: Metadata): PageChrome {
  return { sections: getSections(), latest: listArticles({ limit: 5 }), head: headTags(metadata, rootMetadata(), siteViewport) };
}

export function articleRouteResult(params: ArticleParams | undefined, revalidate = ARTICLE_REVALIDATE): GetStaticPropsResult<ArticleRouteProps> {
  const sitePath = params ? `/${params.section}/${params.year}/${params.month}/${params.day}/${params.slug}` : '';
  const article = getArticleByPath(sitePath);
  if (!article) {
    const moved = getArticleByFormerPath(sitePath);
    if (moved) return { redirect: { destination: moved.path, permanent: true }, revalidate };
    // Only in `next dev`: an article with errors explains itself at its URL.
    const problems = contentProblemsAt(sitePath);
    if (problems) return { props: asJson({ chrome: pageChrome(noindexMetadata('Content errors')), problems }) };
    return { notFound: true, revalidate };
  }
  const metadata = article.state === 'published' ? articleMetadata(article) : previewMetadata(article);
  return { props: asJson({ chrome: pageChrome(metadata), data: pageData(article) }), revalidate };
}
