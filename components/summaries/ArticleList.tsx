import type { ArticleSummary } from '@/lib/content';
import { ArticleCard } from './ArticleCard';

interface ArticleListProps {
  articles: ArticleSummary[];
  /** Said when there is nothing to list yet. */
  emptyMessage: string;
}

/** Stories newest first, each with headline, standfirst, date and thumbnail; or the empty state. */
export function ArticleList({ articles, emptyMessage }: ArticleListProps) {
  if (articles.length === 0) return <p className="empty">{emptyMessage}</p>;
  return (
    <ol className="story-list">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} />
        </li>
      ))}
    </ol>
  );
}
