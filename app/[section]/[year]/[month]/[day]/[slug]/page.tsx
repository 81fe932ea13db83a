import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { Byline } from '@/components/Byline';
import { Headline } from '@/components/Headline';
import { ImageCredit } from '@/components/ImageCredit';
import { RelatedArticles } from '@/components/RelatedArticles';
import { Standfirst } from '@/components/Standfirst';
import { getArticleByPath, getArticleSummary, getImageInfo, listArticles, relatedTo } from '@/lib/content';

// The newest articles are prerendered at build; any other URL is rendered on its first
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

/**
 * How many of the newest articles are prerendered at build. Older ones render on
 * their first request and are cached from then on, with the same output, so a
 * build's length does not grow with the archive (MASTHEAD_PRERENDER_ARTICLES=all for every one).
 */
function prerenderLimit(): number | undefined {
  const setting = process.env.MASTHEAD_PRERENDER_ARTICLES ?? '1000';
  if (setting === 'all') return undefined;
  const limit = Number(setting);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`MASTHEAD_PRERENDER_ARTICLES must be a whole number or "all", got "${setting}"`);
  return limit;
}

export function generateStaticParams(): ArticleParams[] {
  return listArticles({ limit: prerenderLimit() }).map((a) => {
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
        <p className="article__section">{article.section.name}</p>
        <Headline>{article.headline}</Headline>
        <Standfirst>{article.standfirst}</Standfirst>
        <Byline authors={article.authors} publishedAt={article.publishedAt} updatedAt={article.updatedAt} />
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
            <li key={t.slug}>{t.name}</li>
          ))}
        </ul>
      ) : null}
      <RelatedArticles articles={relatedTo(article)} />
    </article>
  );
}
