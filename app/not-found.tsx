import Link from 'next/link';
import { listArticles } from '@/lib/content';

export default function NotFound() {
  const latest = listArticles({ limit: 5 });
  return (
    <div className="not-found">
      <h1 className="page-title">Page not found</h1>
      <p className="page-intro">
        There is no page at this address. It may have moved, or the link may be mistyped. Try the{' '}
        <Link href="/">front page</Link> or one of the latest stories.
      </p>
      <h2 className="not-found__heading">Latest stories</h2>
      <ul className="link-list">
        {latest.map((a) => (
          <li key={a.id}>
            <Link href={a.path}>{a.headline}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
