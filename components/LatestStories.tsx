import type { ArticleSummary } from '@/lib/content';
import Link from 'next/link';
import { StoryDate } from './StoryParts';

interface LatestStoriesProps {
  articles: ArticleSummary[];
  /** Id of the heading, unique on the page: the list is labelled by it. */
  headingId: string;
  heading?: string;
}

/** A compact list of headlines with their section and date. */
export function LatestStories({ articles, headingId, heading = 'Latest stories' }: LatestStoriesProps) {
  if (articles.length === 0) return null;
  return (
    <section className="latest" aria-labelledby={headingId}>
      <h2 id={headingId} className="latest__heading">
        {heading}
      </h2>
      <ol className="latest__list">
        {articles.map((a) => (
          <li key={a.id} className="latest__item">
            <Link className="latest__link" href={a.path}>
              {a.headline}
            </Link>
            <p className="latest__meta">
              {a.section.name} · <StoryDate article={a} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
