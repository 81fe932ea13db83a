import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListFront } from '@/components/ListFront';
import { getAuthor, getAuthors } from '@/lib/content';
import { listPage } from '@/lib/front/lists';
import { authorMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;
export const revalidate = 30;

interface AuthorPageProps {
  params: Promise<{ id: string }>;
}

export function generateStaticParams() {
  return getAuthors().map((a) => ({ id: a.id }));
}

async function authorFor(params: AuthorPageProps['params']) {
  const author = getAuthor((await params).id);
  if (!author) notFound();
  return author;
}

export async function generateMetadata({ params }: AuthorPageProps): Promise<Metadata> {
  const author = await authorFor(params);
  return authorMetadata(author);
}

export default async function AuthorPage({ params }: AuthorPageProps) {
  const author = await authorFor(params);
  const list = listPage({ author: author.id }, `/authors/${author.id}`, 1);
  if (!list) notFound();
  return (
    <ListFront
      title={author.name}
      intro={author.bio ? <p>{author.bio}</p> : undefined}
      list={list}
      emptyMessage={`${author.name} has no stories published yet.`}
    />
  );
}
