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
  // Each tag's and each section's articles, newest first, and where each article sits in each of
  // its lists (the last place, should a tag be written twice), to find its neighbours without a search.
  const listIds = new Map<string, number>();
  const lists: number[][] = [];
  const memberships: { list: number; at: number; by: number }[][] = articles.map(() => []);
  const join = (key: string, i: number, by: number) => {
    let id = listIds.get(key);
    if (id === undefined) {
      id = lists.length;
      listIds.set(key, id);
      lists.push([]);
    }
    const list = lists[id]!;
    memberships[i]!.push({ list: id, at: list.length, by });
    list.push(i);
  };
  for (const i of order) {
    const a = articles[i]!;
    for (const tag of a.tags) join(`t:${tag}`, i, 3);
    join(`s:${a.section}`, i, 2);
  }
  for (const own of memberships) {
    for (const m of own) m.at = Math.max(...own.filter((o) => o.list === m.list).map((o) => o.at));
  }
  const byId = new Map<string, number>();
  articles.forEach((a, i) => {
    if (!byId.has(a.id)) byId.set(a.id, i);
  });

  const score = new Float64Array(articles.length);
  const bumped = new Uint8Array(articles.length);
  // Which article's ranking last took each one: a stamp per article instead of a new Set for each.
  const takenBy = new Int32Array(articles.length).fill(-1);
  return articles.map((article, self) => {
    const chosen: number[] = [];
    takenBy[self] = self;
    for (const id of article.related) {
      const other = byId.get(id);
      if (other !== undefined && takenBy[other] !== self && chosen.length < limit) {
        chosen.push(other);
        takenBy[other] = self;
      }
    }
    if (chosen.length >= limit) return chosen;

    const touched: number[] = [];
    for (const { list: id, at, by } of memberships[self]!) {
      const list = lists[id]!;
      const from = list.length <= 2 * WINDOW ? 0 : Math.max(0, at - WINDOW);
      const to = list.length <= 2 * WINDOW ? list.length : at + WINDOW;
      for (let k = from; k < Math.min(to, list.length); k++) {
        const other = list[k]!;
        if (takenBy[other] === self) continue;
        if (!bumped[other]) {
          bumped[other] = 1;
          score[other] = 0;
          touched.push(other);
        }
        score[other] = (score[other] ?? 0) + by;
      }
    }

    // The best `wanted` by score, then the newer, then the first touched: the head of a stable
    // sort of every candidate, kept as a short list instead of sorting them all.
    const wanted = limit - chosen.length;
    const best: number[] = [];
    const bestScore: number[] = [];
    for (const other of touched) {
      bumped[other] = 0;
      const days = Math.abs(articles[other]!.publishedMs - article.publishedMs) / DAY_MS;
      const value = score[other]! + 1 / (1 + days / 7);
      const ms = articles[other]!.publishedMs;
      let at = best.length;
      while (at > 0 && (value > bestScore[at - 1]! || (value === bestScore[at - 1]! && ms > articles[best[at - 1]!]!.publishedMs))) at -= 1;
      if (at >= wanted) continue;
      best.splice(at, 0, other);
      bestScore.splice(at, 0, value);
      if (best.length > wanted) {
        best.pop();
        bestScore.pop();
      }
    }
    chosen.push(...best);
    return chosen;
  });
}
