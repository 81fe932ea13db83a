import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/lib/content';
import { StoryDate, StoryHeadline, StoryImage } from './StoryParts';

interface ArticleCardProps {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
  /** What the card says under the headline; the standfirst unless a list has something closer to hand (a search, its matching passage). */
  summary?: ReactNode;
}

/** One story in a list: section, headline, standfirst, date and a thumbnail. */
export function ArticleCard({ article, headingLevel = 2, summary = article.standfirst }: ArticleCardProps) {
  return (
    <article className="article-card">
      <div className="article-card__text">
        <p className="article-card__section">{article.section.name}</p>
        <StoryHeadline article={article} level={headingLevel} className="article-card__headline" />
        <p className="article-card__standfirst">{summary}</p>
        <p className="article-card__date">
          <StoryDate article={article} />
        </p>
      </div>
      <StoryImage article={article} className="article-card__image" sizes="(min-width: 45rem) 12rem, 33vw" />
    </article>
  );
}
