import type { PageWindow } from '@/lib/front/pagination';
import type { ArticleSearch } from '@/lib/search';
import { site } from '@/lib/site';
import { ArticleCard } from './ArticleCard';
import { Pagination } from './Pagination';
import { SearchSnippet } from './SearchSnippet';
import { SearchSuggestion } from './SearchSuggestion';

const count = new Intl.NumberFormat(site.locale);

/** How many stories matched, in a sentence. */
function matchCount({ query, total, capped }: ArticleSearch): string {
  if (total === 0) return `No stories match “${query}”. Try fewer or different words.`;
  if (capped) return `More than ${count.format(total)} stories match “${query}”. The best of the newest ${count.format(total)} come first; add words to find older ones.`;
  return `${count.format(total)} ${total === 1 ? 'story matches' : 'stories match'} “${query}”, best match first.`;
}

/** One page of search results: how many matched, "Did you mean …?", the stories with their matching passages, and the pages. */
export function SearchResults({ search, window }: { search: ArticleSearch; window: PageWindow }) {
  return (
    <>
      <p className="search-page__count" role="status">
        {matchCount(search)}
      </p>
      {search.suggestion ? <SearchSuggestion suggestion={search.suggestion} /> : null}
      {search.results.length > 0 ? (
        <ol className="story-list">
          {search.results.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} summary={<SearchSnippet parts={search.snippets[article.id] ?? []} />} />
            </li>
          ))}
        </ol>
      ) : null}
      <Pagination window={window} previousLabel="Better matches" nextLabel="More results" />
    </>
  );
}
