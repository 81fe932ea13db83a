import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListFront } from '@/components/ListFront';
import { getTag, listTags } from '@/lib/content';
import { listPage } from '@/lib/front/lists';
import { tagMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;
export const revalidate = 30;

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export function generateStaticParams() {
  return listTags().map(({ tag }) => ({ tag: tag.slug }));
}

async function tagFor(params: TagPageProps['params']) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  return tag;
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const tag = await tagFor(params);
  return tagMetadata(tag);
}

export default async function TagPage({ params }: TagPageProps) {
  const tag = await tagFor(params);
  const list = listPage({ tag: tag.slug }, `/tags/${tag.slug}`, 1);
  if (!list) notFound();
  return (
    <ListFront title={tag.name} intro={<p>Stories about {tag.name}, newest first.</p>} list={list} emptyMessage={`No stories about ${tag.name} yet.`} />
  );
}
