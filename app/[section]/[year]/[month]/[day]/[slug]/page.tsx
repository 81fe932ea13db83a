import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { ArticleBody } from '@/components/ArticleBody';
import { Breadcrumb } from '@/components/Breadcrumb';
import { Byline } from '@/components/Byline';
import { Headline } from '@/components/Headline';
import { ImageCredit } from '@/components/ImageCredit';
import { PrintAddress } from '@/components/PrintAddress';
import { ReadingTime } from '@/components/ReadingTime';
import { RelatedArticles } from '@/components/RelatedArticles';
import { ShareLinks } from '@/components/ShareLinks';
import { Standfirst } from '@/components/Standfirst';
import { getArticleByPath, getArticleSummary, getImageInfo, listArticles, relatedTo } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';

// Articles are prerendered at build; a URL not known then is rendered on its first
// request (and cached), so an article can appear without a rebuild. Unknown ones 404.
export const dynamicParams = true;
export const revalidate = 60;

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

async function articleFor(params: Promise<ArticleParams>) {
  const p = await params;
  return getArticleByPath(`/${p.section}/${p.year}/${p.month}/${p.day}/${p.slug}`);
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await articleFor(params);
  if (!article) return {};
  return {
    title: article.headline,
    description: article.standfirst,
    alternates: { canonical: article.path },
  };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = await articleFor(params);
  if (!article) notFound();
  return (
    <article className="article">
      <header className="article__header">
        <Breadcrumb trail={[{ name: 'Home', href: '/' }, { name: article.section.name, href: `/${article.section.id}` }]} />
        <Headline>{article.headline}</Headline>
        <Standfirst>{article.standfirst}</Standfirst>
        <Byline authors={article.authors} publishedAt={article.publishedAt} updatedAt={article.updatedAt} />
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
