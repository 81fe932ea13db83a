import type { Root } from 'mdast';
import { z } from 'zod';
import { frontConfigSchema, type FrontConfig } from '../check/front-config';
import type { ArticleSummary, Tag } from '../check/article';
import type { ContentProblem } from '../check/problems';
import { authorSchema, sectionSchema, type Author, type Section } from '../check/schema';
import type { ImageInfo } from '../source';
import { liveHeadline } from '../live/model';
import { liveStatus } from '../live/pages';
import { storedSummarySchema } from './file-check';
import { LiveQueries } from './live-read';
import { StoreQueries } from './queries';
import { count, linkedRow, PREVIEWABLE, sizedRow, storedTree, SUMMARY_COLUMNS, SUMMARY_JOINS, summaryRow, tagPairs, tagRow, visible, VISIBLE, withoutNulls, type ListQuery, type View } from './rows';
import { storedProblems } from './sync';

export type { ListQuery, SitemapEntry, View } from './rows';

/**
 * Every question the gateway asks of the store, each one query. What readers
 * may see is a WHERE clause every query carries (`visible`): no article with
 * an error, no draft, nothing whose publishedAt is ahead of the moment asked
 * about. Nothing here keeps more than the sections, authors and front.yaml in memory.
 */

export class ContentStore extends StoreQueries {
  /** Live blogs' questions: their updates, a page at a time. */
  readonly live = new LiveQueries(this.db);
  private sectionList: Section[] | undefined;
  private authorList: Author[] | undefined;
  private authorById: Map<string, Author> | undefined;
  private front: FrontConfig | undefined;

  /** Forgets the sections, authors and front read so far: `next dev` calls it after each update. */
  refresh(): void {
    this.sectionList = undefined;
    this.authorList = undefined;
    this.authorById = undefined;
    this.front = undefined;
  }

  /** A summary row as readers see it at `at` (a live blog's status depends on the moment). */
  summary(value: unknown, at: number): ArticleSummary {
    const row = summaryRow.parse(value);
    const stored = storedSummarySchema.parse(JSON.parse(row.summary));
    this.authorById ??= new Map(this.authors().map((a) => [a.id, a]));
    const authors = this.authorById;
    const { authors: authorIds, image, live, ...rest } = stored;
    const card = live && {
      status: liveStatus(live, new Date(at)),
      ...(live.closedAt === undefined ? {} : { closedAt: live.closedAt }),
      ...(row.latestUpdate === null ? {} : { latestUpdateAt: row.latestUpdate }),
    };
    return {
      ...rest,
      ...(card ? { headline: liveHeadline(rest.headline, card.status), live: card } : {}),
      id: row.id,
      path: row.path,
      file: row.file,
      publishedAt: row.publishedAt,
      draft: row.draft === 1,
      section: this.section(row.section) ?? { id: row.section, name: row.section },
      authors: authorIds.map((id) => authors.get(id)).filter((a): a is Author => a !== undefined),
      tags: tagPairs.parse(JSON.parse(row.tags)).map(([slug, name]) => ({ slug, name })),
      image: { ...image, width: row.width ?? 0, height: row.height ?? 0 },
    };
  }

  private summaries(sql: string, params: Record<string, unknown> & { at: number }): ArticleSummary[] {
    return this.all(sql, params).map((row) => this.summary(row, params.at));
  }

  /** The FROM and WHERE of a list, driven by the index that orders it. */
  private listFrom(query: ListQuery, view: View): { sql: string; order: string; params: Record<string, unknown> & { at: number } } {
    const where = [view.preview ? PREVIEWABLE : VISIBLE];
    const params: Record<string, unknown> & { at: number } = { at: view.at.getTime() };
    let from = `articles a ${SUMMARY_JOINS}`;
    let order = 'a.published_ms DESC, a.id';
    if (query.tag !== undefined) {
      from = `article_tags x JOIN articles a ON a.file = x.file ${SUMMARY_JOINS}`;
      where.push('x.slug = @tag');
      order = 'x.published_ms DESC, x.id';
      params.tag = query.tag;
    } else if (query.author !== undefined) {
      from = `article_authors x JOIN articles a ON a.file = x.file ${SUMMARY_JOINS}`;
      where.push('x.author = @author');
      order = 'x.published_ms DESC, x.id';
    }
    if (query.author !== undefined) {
      params.author = query.author;
      if (query.tag !== undefined) where.push('a.file IN (SELECT file FROM article_authors WHERE author = @author)');
    }
    if (query.section !== undefined) {
      where.push('a.section = @section');
      params.section = query.section;
    }
    if (query.since !== undefined) {
      where.push('a.published_ms > @since');
      params.since = query.since.getTime();
    }
    return { sql: `FROM ${from} WHERE ${where.join(' AND ')}`, order, params };
  }

  /** Summaries newest first, without bodies. */
  listArticles(query: ListQuery, view: View): ArticleSummary[] {
    const { sql, order, params } = this.listFrom(query, view);
    return this.summaries(`SELECT ${SUMMARY_COLUMNS} ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`, {
      ...params,
      limit: query.limit ?? -1,
      offset: query.offset ?? 0,
    });
  }

  countArticles(query: Omit<ListQuery, 'offset' | 'limit'>, view: View): number {
    const { sql, params } = this.listFrom(query, view);
    return count.parse(this.statement(`SELECT count(*) ${sql}`).pluck().get(params));
  }

  /** Where two files share an id or a path (only while `next dev` shows a broken tree), the last by file answers. */
  summaryById(id: string, view: View): ArticleSummary | undefined {
    const row = this.get(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${SUMMARY_JOINS} WHERE a.id = @id AND ${view.preview ? PREVIEWABLE : VISIBLE} ORDER BY a.file DESC LIMIT 1`, {
      id,
      at: view.at.getTime(),
    });
    return row === undefined ? undefined : this.summary(row, view.at.getTime());
  }

  summaryByPath(path: string, view: View): ArticleSummary | undefined {
    const row = this.get(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${SUMMARY_JOINS} WHERE a.path = @path AND ${view.preview ? PREVIEWABLE : VISIBLE} ORDER BY a.file DESC LIMIT 1`, {
      path,
      at: view.at.getTime(),
    });
    return row === undefined ? undefined : this.summary(row, view.at.getTime());
  }

  /** Whether the story at a path was taken down (its frontmatter's `takedown`), so the address answers 410 Gone. */
  isTakenDown(path: string): boolean {
    return this.get("SELECT 1 FROM articles a WHERE a.path = @path AND a.ok = 1 AND json_extract(a.summary, '$.takedown') IS NOT NULL LIMIT 1", { path }) !== undefined;
  }

  /** The article that used to live at a former path; the newest claim wins. */
  summaryByFormerPath(path: string, view: View): ArticleSummary | undefined {
    const row = this.get(
      `SELECT ${SUMMARY_COLUMNS} FROM refs r JOIN articles a ON a.file = r.file ${SUMMARY_JOINS}
       WHERE r.kind = 'redirect' AND r.value = @path AND ${VISIBLE} ORDER BY a.published_ms DESC, a.id LIMIT 1`,
      { path, at: view.at.getTime() },
    );
    return row === undefined ? undefined : this.summary(row, view.at.getTime());
  }

  /** Published live blogs with an update after `since`, newest update first. */
  liveBlogsUpdatedSince(since: Date, limit: number, view: View): ArticleSummary[] {
    const newest = '(SELECT max(u.at_ms) FROM live_updates u WHERE u.blog = a.file AND u.ok = 1 AND u.at_ms <= @at)';
    return this.summaries(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a ${SUMMARY_JOINS} JOIN live_blogs l ON l.file = a.file
       WHERE ${VISIBLE} AND ${newest} > @since ORDER BY ${newest} DESC, a.id LIMIT @limit`,
      { at: view.at.getTime(), since: since.getTime(), limit },
    );
  }

  /** The parsed body of an article's file. */
  body(file: string): Root | undefined {
    const tree: unknown = this.statement('SELECT tree FROM bodies WHERE file = ?').pluck().get(file);
    return tree instanceof Uint8Array ? storedTree(tree, file) : undefined;
  }

  /**
   * The check's ranked candidates that readers may see now, in rank order, then the
   * latest stories if fewer than `limit` are left. Never the article itself.
   */
  related(article: Pick<ArticleSummary, 'file' | 'id'>, limit: number, view: View): ArticleSummary[] {
    const chosen = this.summaries(
      `SELECT ${SUMMARY_COLUMNS} FROM json_each((SELECT targets FROM related WHERE file = @file)) j
       JOIN articles a ON a.id = j.value ${SUMMARY_JOINS}
       WHERE ${VISIBLE} AND a.file <> @file ORDER BY j.key LIMIT @limit`,
      { file: article.file, limit, at: view.at.getTime() },
    );
    if (chosen.length >= limit) return chosen;
    const taken = new Set([article.id, ...chosen.map((a) => a.id)]);
    for (const latest of this.listArticles({ limit: limit + taken.size }, view)) {
      if (chosen.length >= limit) break;
      if (!taken.has(latest.id)) chosen.push(latest);
    }
    return chosen;
  }

  /**
   * The current headline and address of each article the bodies of these files name in <AlsoRead>,
   * by id, among those readers may see now; the rest render nothing. Where files share an id,
   * the last by file answers, as it does for `summaryById`.
   */
  alsoReadTargets(files: string[], view: View): Record<string, { headline: string; path: string }> {
    const rows = this.all(
      `SELECT DISTINCT r.value AS id, a.path, json_extract(a.summary, '$.headline') AS headline, json_extract(a.summary, '$.live') AS live FROM refs r
       JOIN articles a ON a.file = (SELECT max(y.file) FROM articles y WHERE y.id = r.value AND ${visible('y')})
       WHERE r.file IN (SELECT value FROM json_each(@files)) AND r.kind = 'also-read'`,
      { files: JSON.stringify(files), at: view.at.getTime() },
    );
    // A live blog is named as everywhere else: its headline says whether coverage goes on.
    const coverage = z.object({ closedAt: z.string().optional() });
    const named = (headline: string, live: string | null) => (live === null ? headline : liveHeadline(headline, liveStatus(coverage.parse(JSON.parse(live)), view.at)));
    return Object.fromEntries(rows.map((row) => linkedRow.parse(row)).map(({ id, headline, path, live }) => [id, { headline: named(headline, live), path }]));
  }

  /** Width and height of each image the bodies of these files show in a <Figure>, by path, as the check read them. */
  figureSizes(files: string[]): Record<string, ImageInfo> {
    const rows = this.all(
      `SELECT DISTINCT i.src, i.width, i.height FROM refs r JOIN images i ON i.src = r.value
       WHERE r.file IN (SELECT value FROM json_each(@files)) AND r.kind = 'figure' AND i.width IS NOT NULL AND i.height IS NOT NULL`,
      { files: JSON.stringify(files) },
    );
    return Object.fromEntries(rows.map((row) => sizedRow.parse(row)).map(({ src, width, height }) => [src, { width, height }]));
  }

  /** In the editors' order from sections.yaml. */
  sections(): Section[] {
    this.sectionList ??= this.all('SELECT id, name, description FROM sections ORDER BY position').map((row) => sectionSchema.parse(withoutNulls(row)));
    return this.sectionList;
  }

  section(id: string): Section | undefined {
    return this.sections().find((s) => s.id === id);
  }

  authors(): Author[] {
    this.authorList ??= this.all('SELECT id, name, kind, bio FROM authors ORDER BY position').map((row) => authorSchema.parse(withoutNulls(row)));
    return this.authorList;
  }

  author(id: string): Author | undefined {
    return this.authors().find((a) => a.id === id);
  }

  /** A tag readers can see a story of. */
  tag(slug: string, view: View): Tag | undefined {
    const row = this.get(
      `SELECT g.slug, g.name FROM tags g WHERE g.slug = @slug AND EXISTS (
         SELECT 1 FROM article_tags x JOIN articles a ON a.file = x.file WHERE x.slug = g.slug AND ${VISIBLE})`,
      { slug, at: view.at.getTime() },
    );
    return row === undefined ? undefined : tagRow.parse(row);
  }

  /** Every tag readers can see a story of, with how many, most used first. */
  tags(view: View): { tag: Tag; count: number }[] {
    const row = z.object({ slug: z.string(), name: z.string(), count: z.number() });
    return this.all(
      `SELECT g.slug, g.name, count(*) AS count FROM article_tags x JOIN articles a ON a.file = x.file JOIN tags g ON g.slug = x.slug
       WHERE ${VISIBLE} GROUP BY g.slug`,
      { at: view.at.getTime() },
    )
      .map((value) => row.parse(value))
      .map(({ slug, name, count: n }) => ({ tag: { slug, name }, count: n }))
      .sort((a, b) => b.count - a.count || a.tag.name.localeCompare(b.tag.name));
  }

  /** content/front.yaml as checked, read once per store like the sections and authors (every page's breaking strip asks). */
  frontConfig(): FrontConfig {
    if (!this.front) {
      const value: unknown = this.statement("SELECT value FROM meta WHERE key = 'front'").pluck().get();
      this.front = typeof value === 'string' ? frontConfigSchema.parse(JSON.parse(value)) : { pinned: [] };
    }
    return this.front;
  }

  /** In `next dev`: the problems of the article that would be at `path`, or undefined when it has none. */
  problemsAt(path: string, label: string): ContentProblem[] | undefined {
    const file: unknown = this.statement(
      `SELECT file FROM (SELECT file, 0 AS rank FROM articles WHERE path = @path AND ok = 0
         UNION ALL SELECT file, 1 AS rank FROM files WHERE guessed_path = @path) ORDER BY rank, file DESC LIMIT 1`,
    )
      .pluck()
      .get({ path });
    if (typeof file !== 'string') return undefined;
    return this.problems(label).filter((p) => p.file === `${label}/${file}`);
  }

  problems(label: string): ContentProblem[] {
    return storedProblems(this.db, label);
  }
}
