import { ResponsiveImage } from './ResponsiveImage';
import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { formatDate } from '@/lib/content/dates';

/** A small story with its picture on top, for the blocks of a front. */
export function StoryTeaser({ article }: { article: ArticleSummary }) {
  return (
    <article className="story-teaser">
      <ResponsiveImage
        className="story-teaser__image"
        src={article.image.src}
        alt=""
        width={article.image.width}
        height={article.image.height}
        sizes="(min-width: 64rem) 20rem, (min-width: 40rem) 30vw, 100vw"
      />
      <h3 className="story-teaser__headline">
        <Link href={article.path}>{article.headline}</Link>
      </h3>
      <p className="story-teaser__date">
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
      </p>
    </article>
  );
}
