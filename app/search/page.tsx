import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchBox } from '@/components/SearchBox';
import { SearchResults } from '@/components/SearchResults';
import { PAGE_SIZE, pageWindow } from '@/lib/front/pagination';
import { searchArticles } from '@/lib/search';
import { searchPath } from '@/lib/search/paths';
import { searchMetadata } from '@/lib/seo/metadata';

// Search results are never indexed, whatever the query.
export const metadata: Metadata = searchMetadata();

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = await searchParams;
  const query = first(params.q).trim();
  const pageParam = first(params.page);
  const page = pageParam === '' ? 1 : /^[1-9]\d{0,5}$/.test(pageParam) ? Number(pageParam) : 0;
  if (page === 0) notFound();

  const search = query ? searchArticles(query, (page - 1) * PAGE_SIZE, PAGE_SIZE) : undefined;
  const window = search ? pageWindow(search.total, page, (n) => searchPath(search.query, n)) : undefined;
  if (page > 1 && !window) notFound();

  return (
    <div className="search-page">
      <h1 className="page-title">{search ? <>Search results for “{search.query}”</> : 'Search'}</h1>
      <div className="search-page__box">
        <SearchBox label="Search page" defaultValue={query} />
      </div>
      {search && window ? (
        <SearchResults search={search} window={window} />
      ) : (
        <p className="page-intro">Search every story by words in its headline, summary or text: “quoted words” as a phrase, elect* for every word that begins so.</p>
      )}
    </div>
  );
}
