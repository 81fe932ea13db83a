import type { PageWindow } from '@/lib/site/pagination';
import type { ArticleSearch } from '@/lib/content';
import { site } from '@/lib/site/config';
import { ArticleCard } from '../summaries/ArticleCard';
import { Pagination } from '../fronts/Pagination';
import { FoundUpdateLink } from './FoundUpdateLink';
import { quotedQuery } from './quoted-query';
import { SearchCorrection } from './SearchCorrection';
import { SearchSnippet } from './SearchSnippet';
import { SearchSuggestion } from './SearchSuggestion';

const count = new Intl.NumberFormat(site.locale);

/** How many stories matched, in a sentence. */
function matchCount({ query, total, capped }: ArticleSearch): string {
  const quoted = quotedQuery(query);
  if (total === 0) return `No stories match ${quoted}. Try fewer or different words.`;
  if (capped) return `More than ${count.format(total)} stories match ${quoted}. The best of the newest ${count.format(total)} come first; add words to find older ones.`;
  return `${count.format(total)} ${total === 1 ? 'story matches' : 'stories match'} ${quoted}, best match first.`;
}

interface SearchResultsProps {
  search: ArticleSearch;
  /** The query as typed, when it found nothing and these are its correction's results. */
  correctedFrom?: string;
  window: PageWindow;
}

/**
 * One page of search results: the correction shown in place of a query that found nothing, or
 * "Did you mean …?"; how many matched; the stories with their matching passages (a live blog's
 * with the update that matched); and the pages.
 */
export function SearchResults({ search, correctedFrom, window }: SearchResultsProps) {
  return (
    <>
      {correctedFrom ? <SearchCorrection corrected={search.query} typed={correctedFrom} /> : null}
      <p className="search-page__count" role="status">
        {matchCount(search)}
      </p>
      {search.suggestion && !correctedFrom ? <SearchSuggestion suggestion={search.suggestion} /> : null}
      {search.results.length > 0 ? (
        <ol className="story-list">
          {search.results.map((article) => {
            const update = search.updates[article.id];
            return (
              <li key={article.id}>
                <ArticleCard
                  article={article}
                  detail={update ? <FoundUpdateLink update={update} /> : undefined}
                  summary={<SearchSnippet parts={search.snippets[article.id] ?? []} />}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      <Pagination window={window} previousLabel="Better matches" nextLabel="More results" />
    </>
  );
}
