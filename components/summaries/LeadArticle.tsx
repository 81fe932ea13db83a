import type { ArticleSummary } from '@/lib/content';
import { ArticleDate, ArticleHeadline, ArticleImage } from './ArticleParts';

/** The front's top story: the largest headline, its image and standfirst. */
export function LeadArticle({ article }: { article: ArticleSummary }) {
  return (
    <article className="lead-story">
      <ArticleImage
        article={article}
        className="lead-story__image"
        alt={article.image.alt}
        sizes="(min-width: 64rem) 40rem, (min-width: 48rem) 62vw, 100vw"
        // The front's largest paint: fetched first, like an article's hero.
        preload
      />
      <div className="lead-story__text">
        <p className="summary-kicker lead-story__section">{article.section.name}</p>
        <ArticleHeadline article={article} level={2} className="lead-story__headline" />
        <p className="lead-story__standfirst">{article.standfirst}</p>
        <p className="summary-date lead-story__date">
          <ArticleDate article={article} />
        </p>
      </div>
    </article>
  );
}
