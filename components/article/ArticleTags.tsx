import type { Tag } from '@/lib/content';
import { tagPath } from '@/lib/site/paths';

/** An article's topics, each a link to its tag front; nothing when it has none. */
export function ArticleTags({ tags }: { tags: Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="article__tags" aria-label="Topics">
      {tags.map((t) => (
        <li key={t.slug}>
          <a href={tagPath(t.slug)}>{t.name}</a>
        </li>
      ))}
    </ul>
  );
}
