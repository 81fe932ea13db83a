import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListFront } from '@/components/ListFront';
import { countArticles, getSection, getSections } from '@/lib/content';
import { laterPages, listPage } from '@/lib/front/lists';
import { PAGE_SIZE, parsePageSegment } from '@/lib/front/pagination';
import { frontPageNumberMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;
export const revalidate = 30;

interface SectionPageNProps {
  params: Promise<{ section: string; n: string }>;
}

export function generateStaticParams() {
  return getSections().flatMap((s) => laterPages(countArticles({ section: s.id }), PAGE_SIZE).map((p) => ({ section: s.id, ...p })));
}

async function pageFor(params: SectionPageNProps['params']) {
  const p = await params;
  const section = getSection(p.section);
  const n = parsePageSegment(p.n);
  if (!section || n === undefined) notFound();
  // Page 1 has one address, the section's own.
  if (n === 1) permanentRedirect(`/${section.id}`);
  const list = listPage({ section: section.id }, `/${section.id}`, n);
  if (!list) notFound();
  return { section, list };
}

export async function generateMetadata({ params }: SectionPageNProps): Promise<Metadata> {
  const { section, list } = await pageFor(params);
  return frontPageNumberMetadata(list.window.page, section);
}

export default async function SectionPageN({ params }: SectionPageNProps) {
  const { section, list } = await pageFor(params);
  return <ListFront title={section.name} list={list} emptyMessage={`No stories in ${section.name} yet.`} />;
}
