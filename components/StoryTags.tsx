import Link from 'next/link';
import type { Tag } from '@/lib/content';

/** A story's topics, each a link to its tag front; nothing when it has none. */
export function StoryTags({ tags }: { tags: Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="article__tags" aria-label="Topics">
      {tags.map((t) => (
        <li key={t.slug}>
          <Link href={`/tags/${t.slug}`}>{t.name}</Link>
        </li>
      ))}
    </ul>
  );
}
