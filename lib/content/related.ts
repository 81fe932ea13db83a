/** How many related articles an article page shows. */
export const RELATED_LIMIT = 4;

/**
 * How many candidates the check ranks for each article: more than a page shows,
 * because some may be drafts or embargoed when the page is rendered, and the
 * page takes the first published ones.
 */
const RELATED_CANDIDATES = 12;

/** How far either side of an article, in a newest-first list, ranking looks for neighbours. */
const WINDOW = 30;
const DAY_MS = 86_400_000;

/** What ranking needs of each article. */
export interface RelatedInput {
  id: string;
  publishedMs: number;
  section: string;
  /** Tag slugs. */
  tags: readonly string[];
  /** The editor's `related` ids, in their order. */
  related: readonly string[];
}

/** Newest first, then by id: the order of every list of the site. */
function newestFirst(a: RelatedInput, b: RelatedInput): number {
  return b.publishedMs - a.publishedMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Related-story candidates for every article, as indexes into `articles` in
 * rank order: the editor's `related` list first, in its order, then others
 * ranked by shared tags, the same section and closeness in time. Never the
 * article itself. Ranking looks only at the nearest stories in time in each
 * tag and section (a tag such as "Iraq" can hold thousands), so its cost per
 * article does not grow with the newsroom.
 */
export function rankRelated(articles: readonly RelatedInput[], limit = RELATED_CANDIDATES): number[][] {
  const order = articles.map((_, i) => i).sort((x, y) => newestFirst(articles[x]!, articles[y]!));
  const lists = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = lists.get(key);
    if (list) list.push(i);
    else lists.set(key, [i]);
  };
  for (const i of order) {
    const a = articles[i]!;
    for (const tag of a.tags) add(`t:${tag}`, i);
    add(`s:${a.section}`, i);
  }
  // Where each article sits in each of its lists, to find its neighbours without a search.
  const positions = new Map<string, Map<number, number>>();
  for (const [key, list] of lists) positions.set(key, new Map(list.map((i, at) => [i, at])));
  const byId = new Map<string, number>();
  articles.forEach((a, i) => {
    if (!byId.has(a.id)) byId.set(a.id, i);
  });

  const score = new Float64Array(articles.length);
  const bumped = new Uint8Array(articles.length);
  return articles.map((article, self) => {
    const chosen: number[] = [];
    const taken = new Set([self]);
    for (const id of article.related) {
      const other = byId.get(id);
      if (other !== undefined && !taken.has(other) && chosen.length < limit) {
        chosen.push(other);
        taken.add(other);
      }
    }
    if (chosen.length >= limit) return chosen;

    const touched: number[] = [];
    const bump = (key: string, by: number) => {
      const list = lists.get(key) ?? [];
      const at = positions.get(key)?.get(self) ?? 0;
      const from = list.length <= 2 * WINDOW ? 0 : Math.max(0, at - WINDOW);
      const to = list.length <= 2 * WINDOW ? list.length : at + WINDOW;
      for (let k = from; k < Math.min(to, list.length); k++) {
        const other = list[k]!;
        if (taken.has(other)) continue;
        if (!bumped[other]) {
          bumped[other] = 1;
          score[other] = 0;
          touched.push(other);
        }
        score[other] = (score[other] ?? 0) + by;
      }
    };
    for (const tag of article.tags) bump(`t:${tag}`, 3);
    bump(`s:${article.section}`, 2);

    const ranked = touched.map((other) => {
      bumped[other] = 0;
      const days = Math.abs(articles[other]!.publishedMs - article.publishedMs) / DAY_MS;
      return { other, score: score[other]! + 1 / (1 + days / 7) };
    });
    ranked.sort((x, y) => y.score - x.score || articles[y.other]!.publishedMs - articles[x.other]!.publishedMs);
    for (const { other } of ranked) {
      if (chosen.length >= limit) break;
      chosen.push(other);
    }
    return chosen;
  });
}
