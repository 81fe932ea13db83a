import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '../content/problems';
import { duplicateUpdateIds, pinnedProblems, updatesOutsideWindow } from './checks';
import { checkLiveBlogFile, checkUpdateFile, LIVE_DIR, LIVE_INDEX_FILE, LIVE_UPDATES_DIR } from './schema';

/**
 * The sample live blog in content/live/, checked with the live blog's own
 * checks until the content check reads that folder.
 */
const DIR = `content/${LIVE_DIR}/kadhimi-drone-attack-live`;
const read = (file: string) => readFileSync(path.join(process.cwd(), file), 'utf8');
const index = checkLiveBlogFile(read(`${DIR}/${LIVE_INDEX_FILE}`), `${DIR}/${LIVE_INDEX_FILE}`);
const files = readdirSync(path.join(process.cwd(), DIR, LIVE_UPDATES_DIR)).map((name) => `${DIR}/${LIVE_UPDATES_DIR}/${name}`);
const updates = files.map((file) => ({ file, checked: checkUpdateFile(read(file), file) }));
const authors = new Set(
  [parse(read('content/authors.yaml'))].flat(2).flatMap((a: unknown) => (a && typeof a === 'object' && 'id' in a && typeof a.id === 'string' ? [a.id] : [])),
);
const articles = new Set(readdirSync(path.join(process.cwd(), 'content/articles')).map((f) => f.replace(/\.mdx$/, '')));

describe('the sample live blog', () => {
  it('has a valid index with key points, a closing time and a pinned update', () => {
    expect(index.problems).toEqual([]);
    expect(index.frontmatter?.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(index.frontmatter?.closedAt).toBe('2021-11-07T21:00:00+03:00');
    expect(index.frontmatter?.pinned).toBe('2021-11-07T1000-what-we-know');
  });

  it('has at least 12 updates, none with a problem', () => {
    expect(updates.length).toBeGreaterThanOrEqual(12);
    expect(updates.flatMap((u) => u.checked.problems).map(formatProblem)).toEqual([]);
  });

  it('is signed by desks of the newsroom, links to articles that exist, and keeps to its window', () => {
    const checked = updates.flatMap((u) => (u.checked.frontmatter ? [{ ...u.checked.frontmatter, file: u.file, body: u.checked.body }] : []));
    expect(checked).toHaveLength(updates.length);
    expect(checked.filter((u) => !u.author || !authors.has(u.author)).map((u) => u.file)).toEqual([]);
    expect(index.frontmatter?.authors.filter((a) => !authors.has(a))).toEqual([]);
    expect(checked.flatMap((u) => u.body.alsoRead.map((r) => r.value)).filter((id) => !articles.has(id))).toEqual([]);
    expect(index.frontmatter?.related.filter((id) => !articles.has(id))).toEqual([]);
    const window = { start: index.frontmatter?.publishedAt ?? '', end: index.frontmatter?.closedAt };
    expect(updatesOutsideWindow(checked, window)).toEqual([]);
    expect(duplicateUpdateIds(checked)).toEqual([]);
    expect(pinnedProblems(`${DIR}/index.mdx`, index.frontmatter?.pinned, new Set(checked.map((u) => u.id)))).toEqual([]);
  });
});
