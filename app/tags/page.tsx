import type { Metadata } from 'next';
import Link from 'next/link';
import { listTags } from '@/lib/content';
import { listingMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/site';

export const revalidate = 30;

export const metadata: Metadata = listingMetadata({ title: 'Topics', description: 'Every topic we cover, with its stories.', url: absoluteUrl('/tags') });

export default function TagsPage() {
  const tags = listTags();
  return (
    <div className="list-front">
      <h1 className="page-title">Topics</h1>
      {tags.length ? (
        <ul className="topic-list">
          {tags.map(({ tag, count }) => (
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
