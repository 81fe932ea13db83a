import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { parseFrontConfig } from '../check/front-config';
import { editionOfPath, liveBlogPathOf, RESERVED_SEGMENTS, sectionPath } from '../../site/paths';
import { HERO_MIN_WIDTH } from '../check/article';
import { PHASE, type FileProblem } from '../check/problems';
import type { DataFiles } from '../check/data-files';
import { rankRelated, type RelatedInput } from '../related';
import { liveFileOf } from '../live/schema';
import { checkLiveBlogs } from './live-checks';
import { writeProblems } from './write';
import { checkEditions, unknownSectionMessage, type EditionContext } from './edition-checks';
import { defaultEdition } from '../../site/editions';

/**
 * The checks that need more than one file, run over the stored rows after
 * every run, full or incremental, so both find the same problems: unknown
 * authors, sections and images; duplicate ids and URLs; related stories,
 * <AlsoRead> targets and links that lead nowhere or to an unpublished story;
 * former URLs; content/front.yaml. Then each article's `ok` flag, the tag
 * names and the related-story candidates follow from the rows.
 */

export interface CrossCheckOptions {
  /** How paths are shown to editors, e.g. "content". */
  label: string;
  /** The moment links to scheduled articles are judged against. */
  at: Date;
  data: DataFiles;
  /** content/front.yaml, or undefined when there is none. */
  front: string | undefined;
  /** The edition checked and what it needs of the default one; the default edition alone when absent. */
  editions?: EditionContext;
}

/** Phases found again on every run; 0 and 2 belong to each file's own check. */
const CROSS_PHASES = [PHASE.references, PHASE.duplicateId, PHASE.duplicateUrl, PHASE.links, PHASE.redirects, PHASE.front, PHASE.live, PHASE.editions];
const DATA_FILES = ['authors.yaml', 'sections.yaml', 'front.yaml'];

const bool = z.union([z.literal(0), z.literal(1)]).transform((n) => n === 1);
const at = { file: z.string(), position: z.number(), value: z.string(), line: z.number(), col: z.number() };
const refRow = z.object(at);
const heroRow = z.object({ ...at, width: z.number().nullable() });
const duplicateRow = z.object({ file: z.string(), value: z.string(), first: z.string(), line: z.number(), col: z.number() });
const target = {
  own: z.string(),
  ownDraft: bool,
  targetId: z.string().nullable(),
  targetDraft: bool.nullable(),
  targetMs: z.number().nullable(),
  targetAt: z.string().nullable(),
  targetTakenDown: z.string().nullable(),
};
const linkRow = z.object({ ...at, ...target, known: bool, broken: bool, repeated: bool });
const pathLinkRow = z.object({ ...at, ...target, target: z.string(), known: bool });
const redirectRow = z.object({ ...at, ownPath: z.string(), live: bool, firstFile: z.string(), firstPosition: z.number() });

/** Problems in the order they are found, numbered per file and phase as they are stored. */
class Found {
  private readonly byFile = new Map<string, FileProblem[]>();

  add(file: string, line: number | undefined, column: number | undefined, phase: number, field: string, message: string, severity: 'error' | 'warning' = 'error') {
    const list = this.byFile.get(file) ?? [];
    list.push({ ...(line === undefined ? {} : { line, column }), field, message, severity, phase });
    this.byFile.set(file, list);
  }

  write(db: Database) {
    const statement = db.prepare('INSERT INTO problems (file, phase, seq, line, col, field, message, severity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const [file, problems] of this.byFile) writeProblems(statement, file, problems);
  }
}

/** The story a reference belongs to: the article or live blog whose file it is in, or the live blog of an update. */
const OWNER = 'coalesce((SELECT u.blog FROM live_updates u WHERE u.file = r.file), r.file)';

const TARGET_COLUMNS = `a.id AS own, a.draft AS ownDraft, t.id AS targetId, t.draft AS targetDraft, t.published_ms AS targetMs, t.published_at AS targetAt,
  json_extract(t.summary, '$.takedown.at') AS targetTakenDown`;

export function crossCheck(db: Database, { label, at: checkedAt, data, front, editions = { edition: defaultEdition } }: CrossCheckOptions): void {
  const found = new Found();
  const shown = (file: string) => `${label}/${file}`;
  const all = <T>(schema: z.ZodType<T>, sql: string, params: Record<string, unknown> = {}): T[] => db.prepare(sql).all(params).map((row) => schema.parse(row));
  db.prepare(`DELETE FROM problems WHERE phase IN (${CROSS_PHASES.join(', ')}) OR file IN (${DATA_FILES.map(() => '?').join(', ')})`).run(...DATA_FILES);

  db.exec('DELETE FROM authors; DELETE FROM sections;');
  const insertAuthor = db.prepare('INSERT INTO authors (position, id, name, kind, bio) VALUES (?, ?, ?, ?, ?)');
  data.authors?.forEach((a, i) => insertAuthor.run(i, a.id, a.name, a.kind, a.bio ?? null));
  const insertSection = db.prepare('INSERT INTO sections (position, id, name, description) VALUES (?, ?, ?, ?)');
  data.sections?.forEach((s, i) => insertSection.run(i, s.id, s.name, s.description ?? null));
  for (const p of data.problems) found.add(p.file, p.line, p.column, PHASE.parse, p.field, p.message);

  // Authors, section and images each article names.
  const references = PHASE.references;
  if (data.authors) {
    for (const r of all(refRow, "SELECT file, position, value, line, col FROM refs r WHERE kind = 'author' AND NOT EXISTS (SELECT 1 FROM authors a WHERE a.id = r.value) ORDER BY file, position")) {
      const field = liveFileOf(r.file)?.kind === 'update' ? 'author' : `authors[${r.position}]`;
      found.add(r.file, r.line, r.col, references, field, `unknown author "${r.value}" (not in ${label}/authors.yaml)`);
    }
  }
  if (data.sections) {
    const known = data.sections.map((s) => s.id).join(', ');
    for (const r of all(refRow, "SELECT file, position, value, line, col FROM refs r WHERE kind = 'section' AND NOT EXISTS (SELECT 1 FROM sections s WHERE s.id = r.value) ORDER BY file")) {
      found.add(r.file, r.line, r.col, references, 'section', unknownSectionMessage(r.value, known, editions, label));
    }
  }
  const images = (kind: string) =>
    all(heroRow, `SELECT r.file, r.position, r.value, r.line, r.col, i.width FROM refs r LEFT JOIN images i ON i.src = r.value WHERE r.kind = '${kind}' ORDER BY r.file, r.position`);
  for (const r of images('hero')) {
    if (r.width === null) found.add(r.file, r.line, r.col, references, 'image.src', `no image at public${r.value}`);
    else if (r.width < HERO_MIN_WIDTH) found.add(r.file, r.line, r.col, references, 'image.src', `public${r.value} is ${r.width} px wide; a hero image needs at least ${HERO_MIN_WIDTH} px`);
  }
  for (const r of images('figure')) {
    if (r.width === null) found.add(r.file, r.line, r.col, references, '<Figure> src', `no image at public${r.value}`);
  }

  // The first article (by file) keeps an id or a URL; every later one is told whose it is.
  const duplicates = (column: 'id' | 'path', kind: 'id' | 'slug') =>
    all(
      duplicateRow,
      `SELECT a.file, a.${column} AS value, f.first, r.line, r.col FROM articles a
       JOIN (SELECT ${column} AS value, MIN(file) AS first FROM articles GROUP BY ${column} HAVING COUNT(*) > 1) f ON f.value = a.${column}
       JOIN refs r ON r.file = a.file AND r.kind = '${kind}' AND r.position = 0
       WHERE a.file <> f.first ORDER BY a.file`,
    );
  for (const d of duplicates('id', 'id')) {
    found.add(d.file, d.line, d.col, PHASE.duplicateId, 'id', `"${d.value}" is already the id of ${shown(d.first)}`);
  }
  for (const d of duplicates('path', 'slug')) {
    found.add(d.file, d.line, d.col, PHASE.duplicateUrl, 'slug', `URL ${d.value} is already taken by ${shown(d.first)}; give one of them another slug`);
  }

  /** Why a story may not link to `t` at all: it was taken down (an error wherever the link is, a draft's included). */
  const takenDown = (r: z.infer<typeof linkRow> | z.infer<typeof pathLinkRow>): string | undefined =>
    r.targetTakenDown === null ? undefined : `"${r.targetId ?? ''}" was taken down on ${r.targetTakenDown}: remove the link`;
  /** Why a link from a live article to `t` would show nothing to readers, if it would. */
  const unpublished = (r: z.infer<typeof linkRow> | z.infer<typeof pathLinkRow>): string | undefined => {
    if (r.targetId === null || r.ownDraft) return undefined;
    if (r.targetDraft) return `"${r.targetId}" is a draft`;
    if ((r.targetMs ?? 0) > checkedAt.getTime()) return `"${r.targetId}" is scheduled for ${r.targetAt ?? ''}`;
    return undefined;
  };
  // Where two articles share an id, links go to the last (by file), as a lookup by id would.
  const byIdRefs = (kind: string) =>
    all(
      linkRow,
      `SELECT r.file, r.position, r.value, r.line, r.col, ${TARGET_COLUMNS},
         EXISTS (SELECT 1 FROM articles x WHERE x.id = r.value) AS known,
         EXISTS (SELECT 1 FROM broken_keys k WHERE k.key = r.value) AS broken,
         EXISTS (SELECT 1 FROM refs e WHERE e.file = r.file AND e.kind = r.kind AND e.value = r.value AND e.position < r.position) AS repeated
       FROM refs r JOIN articles a ON a.file = ${OWNER}
       LEFT JOIN articles t ON t.file = (SELECT MAX(y.file) FROM articles y WHERE y.id = r.value)
       WHERE r.kind = '${kind}' ORDER BY r.file, r.position`,
    );
  const links = PHASE.links;
  for (const r of byIdRefs('related')) {
    const field = `related[${r.position}]`;
    if (r.value === r.own) found.add(r.file, r.line, r.col, links, field, 'an article cannot be related to itself');
    else if (!r.known && !r.broken) found.add(r.file, r.line, r.col, links, field, `unknown article id "${r.value}"`);
    else if (r.repeated) found.add(r.file, r.line, r.col, links, field, `"${r.value}" is listed twice`);
    else if (takenDown(r)) found.add(r.file, r.line, r.col, links, field, takenDown(r) ?? '');
    else {
      const why = unpublished(r);
      if (why) found.add(r.file, r.line, r.col, links, field, `${why}: it is left out of related stories until it is published`, 'warning');
    }
  }
  for (const r of byIdRefs('also-read')) {
    const field = '<AlsoRead> id';
    if (r.value === r.own) found.add(r.file, r.line, r.col, links, field, 'an article cannot point to itself');
    else if (!r.known && !r.broken) found.add(r.file, r.line, r.col, links, field, `unknown article id "${r.value}"`);
    else if (takenDown(r)) found.add(r.file, r.line, r.col, links, field, takenDown(r) ?? '');
    else {
      const why = unpublished(r);
      if (why) found.add(r.file, r.line, r.col, links, field, `${why}: the link shows nothing until it is published`, 'warning');
    }
  }
  const sectionIds = new Set((data.sections ?? []).map((s) => s.id));
  const isBrokenKey = db.prepare('SELECT 1 FROM broken_keys WHERE key = ?').pluck();
  const isLiveBlog = db.prepare('SELECT 1 FROM articles a JOIN live_blogs l ON l.file = a.file WHERE a.path = ?').pluck();
  /** A later page of a live blog or an update's permalink. */
  const isLivePage = (target: string) => {
    const blog = liveBlogPathOf(target);
    return blog !== undefined && isLiveBlog.get(blog) !== undefined;
  };
  for (const r of all(
    pathLinkRow,
    `SELECT r.file, r.position, r.value, r.target, r.line, r.col, ${TARGET_COLUMNS},
       EXISTS (SELECT 1 FROM articles x WHERE x.path = r.target) AS known
     FROM refs r JOIN articles a ON a.file = ${OWNER}
     LEFT JOIN articles t ON t.file = (SELECT MAX(y.file) FROM articles y WHERE y.path = r.target)
     WHERE r.kind = 'link' ORDER BY r.file, r.position`,
  )) {
    // A link into another edition leads to that edition's store, which this check does not read.
    const { edition: linkEdition, path: inEdition } = editionOfPath(r.target);
    const first = inEdition.split('/')[1] ?? '';
    const last = r.target.split('/').pop() ?? '';
    if (linkEdition.lang === editions.edition.lang && sectionIds.has(first) && inEdition !== sectionPath(first) && !r.known && isBrokenKey.get(last) === undefined && !isLivePage(r.target)) {
      found.add(r.file, r.line, r.col, links, 'body', `link ${r.value} leads to no article`);
    } else if (takenDown(r)) {
      found.add(r.file, r.line, r.col, links, 'body', `link ${r.value}: ${takenDown(r) ?? ''}`);
    } else {
      const why = unpublished(r);
      if (why) found.add(r.file, r.line, r.col, links, 'body', `link ${r.value}: ${why}, so readers get "not found" until it is published`, 'warning');
    }
  }

  // A former path must not be a live article's URL, nor claimed twice; the first claim (by file) holds.
  for (const r of all(
    redirectRow,
    `SELECT r.file, r.position, r.value, r.line, r.col, a.path AS ownPath,
       EXISTS (SELECT 1 FROM articles x WHERE x.path = r.value) AS live,
       (SELECT e.file FROM refs e WHERE e.kind = 'redirect' AND e.value = r.value ORDER BY e.file, e.position LIMIT 1) AS firstFile,
       (SELECT e.position FROM refs e WHERE e.kind = 'redirect' AND e.value = r.value ORDER BY e.file, e.position LIMIT 1) AS firstPosition
     FROM refs r JOIN articles a ON a.file = r.file
     WHERE r.kind = 'redirect' ORDER BY r.file, r.position`,
  )) {
    const field = `redirectFrom[${r.position}]`;
    const first = r.value.split('/')[1] ?? '';
    const redirects = PHASE.redirects;
    if (r.value === r.ownPath) found.add(r.file, r.line, r.col, redirects, field, "is this article's own URL");
    else if (r.live) found.add(r.file, r.line, r.col, redirects, field, `${r.value} is the URL of a live article`);
    else if (RESERVED_SEGMENTS.includes(first)) found.add(r.file, r.line, r.col, redirects, field, `"${first}" is a route of the site itself`);
    else if (r.firstFile !== r.file || r.firstPosition !== r.position) found.add(r.file, r.line, r.col, redirects, field, `${r.value} already redirects to ${shown(r.firstFile)}`);
  }

  // The editors' running order names articles that must exist.
  const hasId = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const hasPath = db.prepare('SELECT 1 FROM articles WHERE path = ?').pluck();
  const gone = db.prepare("SELECT 1 FROM articles WHERE (id = ? OR path = ?) AND json_extract(summary, '$.takedown') IS NOT NULL").pluck();
  const frontCheck = parseFrontConfig(
    front,
    'front.yaml',
    { has: (id: string) => hasId.get(id) !== undefined },
    { has: (path: string) => hasPath.get(path) !== undefined },
    { has: (idOrPath: string) => gone.get(idOrPath, idOrPath) !== undefined },
  );
  for (const p of frontCheck.problems) found.add(p.file, p.line, p.column, PHASE.front, p.field, p.message, p.severity);
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('front', ?)").run(JSON.stringify(frontCheck.config));

  checkLiveBlogs(db, (...problem) => found.add(...problem), label);
  checkEditions(db, editions, label, (file, line, column, field, message) => found.add(file, line, column, PHASE.editions, field, message));

  found.write(db);
  db.exec(`
    UPDATE articles SET ok = 1 - ok
      WHERE ok <> (CASE WHEN EXISTS (SELECT 1 FROM problems p WHERE p.file = articles.file AND p.severity = 'error') THEN 0 ELSE 1 END);
    UPDATE live_updates SET ok = 1 - ok
      WHERE ok <> (CASE WHEN EXISTS (SELECT 1 FROM problems p WHERE p.file = live_updates.file AND p.severity = 'error') THEN 0 ELSE 1 END);
    DELETE FROM tags;
    INSERT INTO tags (slug, name)
      SELECT slug, name FROM (
        SELECT t.slug, t.name, ROW_NUMBER() OVER (PARTITION BY t.slug ORDER BY t.file, t.position) AS n
        FROM article_tags t JOIN articles a ON a.file = t.file WHERE a.ok = 1
      ) WHERE n = 1;
  `);
  updateRelated(db);
}

/** Ranks related-story candidates for every article and rewrites the rows that changed. */
function updateRelated(db: Database): void {
  const articles: (RelatedInput & { file: string; tags: string[]; related: string[] })[] = [];
  const byFile = new Map<string, (typeof articles)[number]>();
  const row = z.tuple([z.string(), z.string(), z.number(), z.string()]);
  for (const values of db.prepare('SELECT file, id, published_ms, section FROM articles ORDER BY file').raw().iterate()) {
    const [file, id, publishedMs, section] = row.parse(values);
    const article = { file, id, publishedMs, section, tags: [], related: [] };
    articles.push(article);
    byFile.set(file, article);
  }
  const pairs = z.tuple([z.string(), z.string()]);
  const collect = (sql: string, key: 'tags' | 'related') => {
    for (const values of db.prepare(sql).raw().iterate()) {
      const [file, value] = pairs.parse(values);
      byFile.get(file)?.[key].push(value);
    }
  };
  collect('SELECT file, slug FROM article_tags ORDER BY file, position', 'tags');
  collect("SELECT file, value FROM refs WHERE kind = 'related' ORDER BY file, position", 'related');
  const ranked = rankRelated(articles);

  const stored = new Map<string, string>();
  for (const values of db.prepare('SELECT file, targets FROM related').raw().iterate()) {
    const [file, targets] = pairs.parse(values);
    stored.set(file, targets);
  }
  const put = db.prepare('INSERT OR REPLACE INTO related (file, targets) VALUES (?, ?)');
  const drop = db.prepare('DELETE FROM related WHERE file = ?');
  articles.forEach((article, i) => {
    const targets = JSON.stringify((ranked[i] ?? []).map((k) => articles[k]?.id));
    if (stored.get(article.file) !== targets) put.run(article.file, targets);
    stored.delete(article.file);
  });
  for (const file of stored.keys()) drop.run(file);
}
