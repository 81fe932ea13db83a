import { z } from 'zod';
import { StoreQueries, VISIBLE, type View } from './queries';

/** An article as a sitemap lists it. */
export interface SitemapEntry {
  path: string;
  /** When it last changed for readers (schema.org dateModified). */
  lastmod: string;
  /** The hero image's path under public/. */
  image: string;
}

const datedRow = z.object({ key: z.string(), lastmod: z.string() });
const sitemapRow = z.object({ path: z.string(), lastmod: z.string(), image: z.string() });

/** What sitemaps ask of the store: a page of URLs at a time, and when each list last changed. */
export class SitemapQueries extends StoreQueries {
  /** Published articles for a sitemap, newest first. */
  entries(offset: number, limit: number, view: View): SitemapEntry[] {
    return this.all(
      `SELECT a.path, a.modified_at AS lastmod, a.hero AS image FROM articles a WHERE ${VISIBLE}
       ORDER BY a.published_ms DESC, a.id LIMIT @limit OFFSET @offset`,
      { at: view.at.getTime(), limit, offset },
    ).map((row) => sitemapRow.parse(row));
  }

  /** The newest modification in each run of `size` published articles, newest first. */
  pageDates(size: number, view: View): string[] {
    return this.all(
      // Numbers are bound as reals: the page number is cast back to a whole one.
      `SELECT CAST(page AS TEXT) AS key, modified_at AS lastmod, max(modified_ms) FROM (
         SELECT CAST((ROW_NUMBER() OVER (ORDER BY a.published_ms DESC, a.id) - 1) / @size AS INTEGER) AS page, a.modified_at, a.modified_ms
         FROM articles a WHERE ${VISIBLE}
       ) GROUP BY page ORDER BY page`,
      { at: view.at.getTime(), size },
    ).map((row) => datedRow.parse(row).lastmod);
  }

  /**
   * The newest modification of what readers can see in each list: the whole site
   * (key ""), each section, tag and author. Lists with nothing published are absent.
   */
  listDates(kind: 'site' | 'section' | 'tag' | 'author', view: View): Map<string, string> {
    const from = {
      site: "SELECT '' AS key, a.modified_at AS lastmod, max(a.modified_ms) FROM articles a WHERE VISIBLE",
      section: 'SELECT a.section AS key, a.modified_at AS lastmod, max(a.modified_ms) FROM articles a WHERE VISIBLE GROUP BY a.section',
      tag: 'SELECT x.slug AS key, a.modified_at AS lastmod, max(a.modified_ms) FROM article_tags x JOIN articles a ON a.file = x.file WHERE VISIBLE GROUP BY x.slug',
      author: 'SELECT x.author AS key, a.modified_at AS lastmod, max(a.modified_ms) FROM article_authors x JOIN articles a ON a.file = x.file WHERE VISIBLE GROUP BY x.author',
    }[kind].replace('VISIBLE', VISIBLE);
    const out = new Map<string, string>();
    for (const value of this.all(from, { at: view.at.getTime() })) {
      const parsed = datedRow.safeParse(value);
      if (parsed.success) out.set(parsed.data.key, parsed.data.lastmod);
    }
    return out;
  }

}
