import Link from 'next/link';
import type { Author } from '@/lib/content';

/** The desks and writers, in the newsroom's order, each with their bio and count of stories. */
export function DeskIndex({ desks }: { desks: { author: Author; count: number }[] }) {
  return (
    <div className="list-front">
      <h1 className="page-title">Our desks</h1>
      <ul className="author-list">
        {desks.map(({ author, count }) => (
          <li key={author.id} className="author-list__item">
            <h2 className="author-list__name">
              <Link href={`/authors/${author.id}`}>{author.name}</Link>
            </h2>
            {author.bio ? <p className="author-list__bio">{author.bio}</p> : null}
            <p className="author-list__count">
              {count} {count === 1 ? 'story' : 'stories'}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
