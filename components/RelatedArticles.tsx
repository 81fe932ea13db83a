import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { formatDate } from '@/lib/content/dates';

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
            <p className="related__section">{a.section.name}</p>
            <h3 className="related__headline">
              <Link href={a.path}>{a.headline}</Link>
            </h3>
            <p className="related__date">
              <time dateTime={a.publishedAt}>{formatDate(a.publishedAt)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
