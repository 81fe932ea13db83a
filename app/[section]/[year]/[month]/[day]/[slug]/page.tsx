import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { Byline } from '@/components/Byline';
import { ContentProblems } from '@/components/ContentProblems';
import { Corrections } from '@/components/Corrections';
import { DraftBanner } from '@/components/DraftBanner';
import { Headline } from '@/components/Headline';
import { ImageCredit } from '@/components/ImageCredit';
import { RelatedArticles } from '@/components/RelatedArticles';
import { Standfirst } from '@/components/Standfirst';
import { contentProblemsAt, getArticleByPath, getArticleSummary, getImageInfo, listArticles, relatedTo } from '@/lib/content';

// Articles are prerendered at build; a URL not known then is rendered on its first
// request (and cached), so an article can appear without a rebuild. Unknown ones 404.
export const dynamicParams = true;
export const revalidate = 60;

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

export function generateStaticParams(): ArticleParams[] {
  return listArticles().map((a) => {
    const [, section = '', year = '', month = '', day = '', slug = ''] = a.path.split('/');
    return { section, year, month, day, slug };
  });
}

async function pathFor(params: Promise<ArticleParams>) {
  const p = await params;
  return `/${p.section}/${p.year}/${p.month}/${p.day}/${p.slug}`;
}

async function articleFor(params: Promise<ArticleParams>) {
  return getArticleByPath(await pathFor(params));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await articleFor(params);
  if (!article) return {};
  return {
    title: article.state === 'published' ? article.headline : `[${article.state}] ${article.headline}`,
    description: article.standfirst,
    alternates: { canonical: article.path },
  };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const sitePath = await pathFor(params);
  const article = getArticleByPath(sitePath);
  if (!article) {
    // Only in `next dev`: an article with errors explains itself at its URL.
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
      <header className="article__header">
        <p className="article__section">{article.section.name}</p>
        <Headline>{article.headline}</Headline>
        <Standfirst>{article.standfirst}</Standfirst>
        <Byline
          authors={article.authors}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          updateNote={article.updateNote}
        />
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
            <li key={t.slug}>{t.name}</li>
          ))}
        </ul>
      ) : null}
      <RelatedArticles articles={relatedTo(article)} />
    </article>
  );
}
