import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListFront } from '@/components/ListFront';
import { getTag, listTags } from '@/lib/content';
import { laterPages, listPage } from '@/lib/front/lists';
import { PAGE_SIZE, parsePageSegment } from '@/lib/front/pagination';
import { tagMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;
export const revalidate = 30;

interface TagPageNProps {
  params: Promise<{ tag: string; n: string }>;
}

export function generateStaticParams() {
  return listTags().flatMap(({ tag, count }) => laterPages(count, PAGE_SIZE).map((p) => ({ tag: tag.slug, ...p })));
}

async function pageFor(params: TagPageNProps['params']) {
  const p = await params;
  const tag = getTag(p.tag);
  const n = parsePageSegment(p.n);
  if (!tag || n === undefined) notFound();
  if (n === 1) permanentRedirect(`/tags/${tag.slug}`);
  const list = listPage({ tag: tag.slug }, `/tags/${tag.slug}`, n);
  if (!list) notFound();
  return { tag, list };
}

export async function generateMetadata({ params }: TagPageNProps): Promise<Metadata> {
  const { tag, list } = await pageFor(params);
  return tagMetadata(tag, list.window.page);
}

export default async function TagPageN({ params }: TagPageNProps) {
  const { tag, list } = await pageFor(params);
  return <ListFront title={tag.name} list={list} emptyMessage={`No stories about ${tag.name} yet.`} />;
}
