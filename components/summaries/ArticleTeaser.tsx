import type { ArticleSummary } from '@/lib/content';
import { ArticleDate, ArticleHeadline, ArticleImage } from './ArticleParts';

/** A small story with its picture on top, for the blocks of a front. */
export function ArticleTeaser({ article }: { article: ArticleSummary }) {
  return (
    <article className="story-teaser">
      <ArticleImage article={article} className="story-teaser__image" sizes="(min-width: 64rem) 20rem, (min-width: 40rem) 30vw, 100vw" />
      <ArticleHeadline article={article} level={3} className="story-teaser__headline" />
      <p className="summary-date">
        <ArticleDate article={article} />
      </p>
    </article>
  );
}
