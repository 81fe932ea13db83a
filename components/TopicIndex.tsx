import Link from 'next/link';
import type { Tag } from '@/lib/content';

/** Every topic, most covered first, each with its count of stories. */
export function TopicIndex({ topics }: { topics: { tag: Tag; count: number }[] }) {
  return (
    <div className="list-front">
      <h1 className="page-title">Topics</h1>
      {topics.length ? (
        <ul className="topic-list">
          {topics.map(({ tag, count }) => (
            <li key={tag.slug}>
              <Link href={`/tags/${tag.slug}`}>{tag.name}</Link>{' '}
              <span className="topic-list__count">
                ({count} {count === 1 ? 'story' : 'stories'})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No topics yet.</p>
      )}
    </div>
  );
}
