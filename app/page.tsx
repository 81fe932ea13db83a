import { ArticleCard } from '@/components/ArticleCard';
import { listArticles } from '@/lib/content';

export const revalidate = 60;

export default function FrontPage() {
  const articles = listArticles({ limit: 20 });
  return (
    <div className="front">
      <h1 className="page-title">Latest stories</h1>
      {articles.length ? (
        <ol className="story-list">
          {articles.map((a) => (
            <li key={a.id}>
              <ArticleCard article={a} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">No stories have been published yet.</p>
      )}
    </div>
  );
}
