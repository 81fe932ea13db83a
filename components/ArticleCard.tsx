import type { ArticleSummary } from '@/lib/content';
import { StoryDate, StoryHeadline, StoryImage } from './StoryParts';

/** One story in a list: section, headline, standfirst, date and a thumbnail. */
export function ArticleCard({ article, headingLevel = 2 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  return (
    <article className="article-card">
      <div className="article-card__text">
        <p className="article-card__section">{article.section.name}</p>
        <StoryHeadline article={article} level={headingLevel} className="article-card__headline" />
        <p className="article-card__standfirst">{article.standfirst}</p>
        <p className="article-card__date">
          <StoryDate article={article} />
        </p>
      </div>
      <StoryImage article={article} className="article-card__image" sizes="(min-width: 45rem) 12rem, 33vw" />
    </article>
  );
}
