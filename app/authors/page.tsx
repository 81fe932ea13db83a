import type { Metadata } from 'next';
import Link from 'next/link';
import { countArticles, getAuthors } from '@/lib/content';
import { listingMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/site';

export const revalidate = 30;

export const metadata: Metadata = listingMetadata({ title: 'Our desks', description: 'The desks and writers behind our stories.', url: absoluteUrl('/authors') });

export default function AuthorsPage() {
  const authors = getAuthors();
  return (
    <div className="list-front">
      <h1 className="page-title">Our desks</h1>
      <ul className="author-list">
        {authors.map((a) => {
          const count = countArticles({ author: a.id });
          return (
            <li key={a.id} className="author-list__item">
              <h2 className="author-list__name">
                <Link href={`/authors/${a.id}`}>{a.name}</Link>
              </h2>
              {a.bio ? <p className="author-list__bio">{a.bio}</p> : null}
              <p className="author-list__count">
                {count} {count === 1 ? 'story' : 'stories'}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
