import type { ArticleSummary } from '@/lib/content';
import { ArticleDate, ArticleHeadline } from './ArticleParts';

/** Stories to read next, after the body. */
export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="related__heading">
        Related stories
      </h2>
      <ul className="related__list">
        {articles.map((a) => (
          <li key={a.id} className="related__item">
            <p className="summary-kicker">{a.section.name}</p>
            <ArticleHeadline article={a} level={3} className="related__headline" />
            <p className="summary-date">
              <ArticleDate article={a} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
