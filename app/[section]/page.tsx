import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/ArticleCard';
import { JsonLd } from '@/components/JsonLd';
import { getIndex, getSections, listArticles } from '@/lib/content';
import { breadcrumbJsonLd, sectionCrumbs } from '@/lib/seo/jsonld';
import { sectionMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams() {
  return getSections().map((s) => ({ section: s.id }));
}

interface SectionPageProps {
  params: Promise<{ section: string }>;
}

export async function generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
  const section = getIndex().sectionById.get((await params).section);
  if (!section) return {};
  return sectionMetadata(section);
}

export default async function SectionPage({ params }: SectionPageProps) {
  const section = getIndex().sectionById.get((await params).section);
  if (!section) notFound();
  const articles = listArticles({ section: section.id, limit: 20 });
  return (
    <div className="front">
      <JsonLd data={breadcrumbJsonLd(sectionCrumbs(section))} />
      <h1 className="page-title">{section.name}</h1>
      {section.description ? <p className="page-intro">{section.description}</p> : null}
      {articles.length ? (
        <ol className="story-list">
          {articles.map((a) => (
            <li key={a.id}>
              <ArticleCard article={a} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">No stories in {section.name} yet.</p>
      )}
    </div>
  );
}
