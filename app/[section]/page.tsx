import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { ListFront } from '@/components/ListFront';
import { getSection, getSections } from '@/lib/content';
import { listPage } from '@/lib/front/lists';
import { breadcrumbJsonLd, sectionCrumbs } from '@/lib/seo/jsonld';
import { sectionMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;
export const revalidate = 30;

export function generateStaticParams() {
  return getSections().map((s) => ({ section: s.id }));
}

interface SectionPageProps {
  params: Promise<{ section: string }>;
}

export async function generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
  const section = getSection((await params).section);
  if (!section) return {};
  return sectionMetadata(section);
}

export default async function SectionPage({ params }: SectionPageProps) {
  const section = getSection((await params).section);
  if (!section) notFound();
  const list = listPage({ section: section.id }, `/${section.id}`, 1);
  if (!list) notFound();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(sectionCrumbs(section))} />
      <ListFront
        title={section.name}
        intro={section.description ? <p>{section.description}</p> : undefined}
        list={list}
        emptyMessage={`No stories in ${section.name} yet.`}
      />
    </>
  );
}
