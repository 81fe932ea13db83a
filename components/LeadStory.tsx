import { ResponsiveImage } from './ResponsiveImage';
import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { formatDate } from '@/lib/content/dates';

/** The front's top story: the largest headline, its image and standfirst. */
export function LeadStory({ article }: { article: ArticleSummary }) {
  return (
    <article className="lead-story">
      <ResponsiveImage
        className="lead-story__image"
        src={article.image.src}
        alt={article.image.alt}
        width={article.image.width}
        height={article.image.height}
        sizes="(min-width: 64rem) 40rem, (min-width: 48rem) 62vw, 100vw"
        // The front's largest paint: fetched first, like an article's hero.
        preload
      />
      <div className="lead-story__text">
        <p className="lead-story__section">{article.section.name}</p>
        <h2 className="lead-story__headline">
          <Link href={article.path}>{article.headline}</Link>
        </h2>
        <p className="lead-story__standfirst">{article.standfirst}</p>
        <p className="lead-story__date">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
