import { ResponsiveImage } from './ResponsiveImage';
import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { formatDate } from '@/lib/content/dates';

/** One story in a list: section, headline, standfirst, date and a thumbnail. */
export function ArticleCard({ article, headingLevel = 2 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="article-card">
      <div className="article-card__text">
        <p className="article-card__section">{article.section.name}</p>
        <Heading className="article-card__headline">
          <Link href={article.path}>{article.headline}</Link>
        </Heading>
        <p className="article-card__standfirst">{article.standfirst}</p>
        <p className="article-card__date">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </p>
      </div>
      <ResponsiveImage
        className="article-card__image"
        src={article.image.src}
        alt=""
        width={article.image.width}
        height={article.image.height}
        sizes="(min-width: 45rem) 12rem, 33vw"
      />
    </article>
  );
}
