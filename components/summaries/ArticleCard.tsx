import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/lib/content';
import { ArticleDate, ArticleHeadline, ArticleImage } from './ArticleParts';

interface ArticleCardProps {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
  /** What the card says under the headline; the standfirst unless a list has something closer to hand (a search, its matching passage). */
  summary?: ReactNode;
  /** A line between the headline and the summary: for a live blog a search found, the update that matched. */
  detail?: ReactNode;
}

/** One story in a list: section, headline, standfirst, date and a thumbnail. */
export function ArticleCard({ article, headingLevel = 2, summary = article.standfirst, detail }: ArticleCardProps) {
  return (
    <article className="article-card">
      <div className="article-card__text">
        <p className="summary-kicker">{article.section.name}</p>
        <ArticleHeadline article={article} level={headingLevel} className="article-card__headline" />
        {detail}
        <p className="article-card__standfirst">{summary}</p>
        <p className="summary-date">
          <ArticleDate article={article} />
        </p>
      </div>
      <ArticleImage article={article} className="article-card__image" sizes="(min-width: 45rem) 12rem, 33vw" />
    </article>
  );
}
