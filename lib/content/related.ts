import type { ArticleSummary, ContentIndex } from './build';

/** How many related articles an article page shows. */
export const RELATED_LIMIT = 4;

/** How far either side of an article, in a newest-first list, ranking looks for neighbours. */
const WINDOW = 30;

/** Orders like the index: newest first, then by id. */
function before(a: ArticleSummary, b: ArticleSummary): boolean {
  const d = Date.parse(b.publishedAt) - Date.parse(a.publishedAt);
  return d < 0 || (d === 0 && a.id < b.id);
}

/**
 * The ids around `article` in a newest-first list. A tag such as "Iraq" can
 * hold thousands of stories; looking only at the nearest in time keeps
 * ranking cost independent of the size of the newsroom.
 */
function around(list: string[], article: ArticleSummary, index: ContentIndex): string[] {
  if (list.length <= 2 * WINDOW) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const other = index.byId.get(list[mid] ?? '');
    if (other && before(other, article)) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(Math.max(0, lo - WINDOW), lo + WINDOW);
}

/**
 * Related articles: the editor's `related` list first, in its order, then
 * others ranked by shared tags, the same section and closeness in time, then
 * the latest stories if the newsroom has nothing closer. Never the article itself.
 */
export function rankRelated(index: ContentIndex, article: ArticleSummary, limit = RELATED_LIMIT): ArticleSummary[] {
  const chosen: ArticleSummary[] = [];
  const taken = new Set([article.id]);
  const take = (candidate: ArticleSummary | undefined) => {
    if (candidate && !taken.has(candidate.id) && chosen.length < limit) {
      chosen.push(candidate);
      taken.add(candidate.id);
    }
  };
  for (const id of article.related) take(index.byId.get(id));
  if (chosen.length >= limit) return chosen;

  const scores = new Map<string, number>();
  const bump = (id: string, by: number) => {
    if (!taken.has(id)) scores.set(id, (scores.get(id) ?? 0) + by);
  };
  for (const tag of article.tags) {
    for (const id of around(index.byTag.get(tag.slug) ?? [], article, index)) bump(id, 3);
  }
  for (const id of around(index.bySection.get(article.section.id) ?? [], article, index)) bump(id, 2);

  const published = Date.parse(article.publishedAt);
  const ranked = [...scores]
    .map(([id, score]) => {
      const other = index.byId.get(id);
      const days = other ? Math.abs(Date.parse(other.publishedAt) - published) / 86_400_000 : Infinity;
      return { other, score: score + 1 / (1 + days / 7) };
    })
    .sort((a, b) => b.score - a.score || Date.parse(b.other?.publishedAt ?? '') - Date.parse(a.other?.publishedAt ?? ''));
  for (const { other } of ranked) take(other);
  for (const latest of index.articles) {
    if (chosen.length >= limit) break;
    take(latest);
  }
  return chosen;
}
