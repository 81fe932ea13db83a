import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListFront } from '@/components/ListFront';
import { countArticles, getAuthor, getAuthors } from '@/lib/content';
import { laterPages, listPage } from '@/lib/front/lists';
import { PAGE_SIZE, parsePageSegment } from '@/lib/front/pagination';
import { authorMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;
export const revalidate = 30;

interface AuthorPageNProps {
  params: Promise<{ id: string; n: string }>;
}

export function generateStaticParams() {
  return getAuthors().flatMap((a) => laterPages(countArticles({ author: a.id }), PAGE_SIZE).map((p) => ({ id: a.id, ...p })));
}

async function pageFor(params: AuthorPageNProps['params']) {
  const p = await params;
  const author = getAuthor(p.id);
  const n = parsePageSegment(p.n);
  if (!author || n === undefined) notFound();
  if (n === 1) permanentRedirect(`/authors/${author.id}`);
  const list = listPage({ author: author.id }, `/authors/${author.id}`, n);
  if (!list) notFound();
  return { author, list };
}

export async function generateMetadata({ params }: AuthorPageNProps): Promise<Metadata> {
  const { author, list } = await pageFor(params);
  return authorMetadata(author, list.window.page);
}

export default async function AuthorPageN({ params }: AuthorPageNProps) {
  const { author, list } = await pageFor(params);
  return <ListFront title={author.name} list={list} emptyMessage={`${author.name} has no stories published yet.`} />;
}
