import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { Breadcrumb } from '@/components/Breadcrumb';
import { Byline } from '@/components/Byline';
import { ContentProblems } from '@/components/ContentProblems';
import { Corrections } from '@/components/Corrections';
import { DraftBanner } from '@/components/DraftBanner';
import { Headline } from '@/components/Headline';
import { ImageCredit } from '@/components/ImageCredit';
import { JsonLd } from '@/components/JsonLd';
import { PrintAddress } from '@/components/PrintAddress';
import { ReadingTime } from '@/components/ReadingTime';
import { RelatedArticles } from '@/components/RelatedArticles';
import { ShareLinks } from '@/components/ShareLinks';
import { Standfirst } from '@/components/Standfirst';
import { contentProblemsAt, getArticleByFormerPath, getArticleByPath, getArticleSummaryByPath, getArticleSummary, getImageInfo, listArticles, relatedTo } from '@/lib/content';
import { articleCrumbs, breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/jsonld';
import { articleMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/site';
import { prerenderLimit } from '@/lib/prerender';

// The newest articles are prerendered at build; any other URL is rendered on its first
// request (and cached), so an article can appear without a rebuild. Unknown ones 404.
export const dynamicParams = true;
export const revalidate = 30;

// Only `next dev` refreshes an open article when its file is saved. The import sits behind a
// condition fixed at build, so production bundles never contain the script.
const ContentRefresh =
  process.env.NODE_ENV === 'development' ? (await import('@/components/ContentRefresh')).ContentRefresh : () => null;

interface ArticleParams {
  section: string;
  year: string;
  month: string;
  day: string;
  slug: string;
}

interface ArticlePageProps {
  params: Promise<ArticleParams>;
}

const paramsOf = (sitePath: string): ArticleParams => {
  const [, section = '', year = '', month = '', day = '', slug = ''] = sitePath.split('/');
  return { section, year, month, day, slug };
};

// The newest articles are prerendered (lib/prerender.ts); the rest render on first request.
// Former URLs of prerendered articles are prerendered too, as redirects: Next sends a
// redirect first rendered on demand with its Location header twice (vercel/next.js#82117),
// which strict crawlers refuse; one prerendered at build is served once.
export function generateStaticParams(): ArticleParams[] {
  return listArticles({ limit: prerenderLimit('MASTHEAD_PRERENDER_ARTICLES') }).flatMap((a) => [a.path, ...(a.redirectFrom ?? [])].map(paramsOf));
}

async function pathFor(params: Promise<ArticleParams>) {
  const p = await params;
  return `/${p.section}/${p.year}/${p.month}/${p.day}/${p.slug}`;
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  // Metadata needs no body: a body that fails to parse is the page's error, inside its error boundary.
  const article = getArticleSummaryByPath(await pathFor(params));
  if (!article) return {};
  if (article.state !== 'published') {
    return { title: `[${article.state}] ${article.headline}`, robots: { index: false, follow: false } };
  }
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const sitePath = await pathFor(params);
  const article = getArticleByPath(sitePath);
  if (!article) {
    // Only in `next dev`: an article with errors explains itself at its URL.
    // A former URL of a moved article answers 308 to where it lives now. Only the
    // page redirects: metadata redirecting too would send the Location header twice.
    const moved = getArticleByFormerPath(sitePath);
    if (moved) permanentRedirect(moved.path);
    const problems = contentProblemsAt(sitePath);
    if (problems) {
      return (
        <>
          <ContentProblems problems={problems} />
          <ContentRefresh />
        </>
      );
    }
    notFound();
  }
  return (
    <article className="article">
      <ContentRefresh />
      <DraftBanner state={article.state} publishedAt={article.publishedAt} />
      <JsonLd data={[newsArticleJsonLd(article), breadcrumbJsonLd(articleCrumbs(article))]} />
      <header className="article__header">
        <Breadcrumb trail={[{ name: 'Home', href: '/' }, { name: article.section.name, href: `/${article.section.id}` }]} />
        <Headline>{article.headline}</Headline>
        <Standfirst>{article.standfirst}</Standfirst>
        <Byline
          authors={article.authors}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          updateNote={article.updateNote}
        />
        <p className="article__reading-time">
          <ReadingTime wordCount={article.wordCount} />
        </p>
        <PrintAddress url={absoluteUrl(article.path)} />
      </header>
      <div className="article__hero">
        <ImageCredit {...article.image} sizes="(min-width: 64rem) 60rem, 100vw" preload />
      </div>
      <ArticleBody
        tree={article.body}
        findArticle={(id) => getArticleSummary(id)}
        findImage={getImageInfo}
      />
      <Corrections corrections={article.corrections} />
      {article.tags.length ? (
        <ul className="article__tags" aria-label="Topics">
          {article.tags.map((t) => (
            <li key={t.slug}>
              <Link href={`/tags/${t.slug}`}>{t.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ShareLinks url={absoluteUrl(article.path)} headline={article.headline} />
      <RelatedArticles articles={relatedTo(article)} />
    </article>
  );
}
