import type { Metadata } from 'next';
import { ArticleCard } from '@/components/ArticleCard';
import { JsonLd } from '@/components/JsonLd';
import { listArticles } from '@/lib/content';
import { frontPageJsonLd } from '@/lib/seo/jsonld';
import { frontPageMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

export function generateMetadata(): Metadata {
  return frontPageMetadata();
}

export default function FrontPage() {
  const articles = listArticles({ limit: 20 });
  return (
    <div className="front">
      <JsonLd data={frontPageJsonLd()} />
      <h1 className="page-title">Latest stories</h1>
      {articles.length ? (
        <ol className="story-list">
          {articles.map((a) => (
            <li key={a.id}>
              <ArticleCard article={a} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">No stories have been published yet.</p>
      )}
    </div>
  );
}
