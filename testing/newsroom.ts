import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { directorySource, publicImageResolver } from '../lib/content/source';
import { checkIntoStore } from '../lib/content/store/run';

/**
 * Small newsrooms on disk for unit tests, and the content store a server or `next dev` would
 * read for them. Expected values stay in each test, written out.
 */

export interface StoryOptions {
  section?: string;
  authors?: string[];
  tags?: string[];
  /** Further frontmatter lines, each ending in a newline. */
  extra?: string;
  body?: string;
}

/** An article file with every required field, its text derived from its id. */
export function storyFile(id: string, publishedAt: string, { section = 'world', authors = ['world-desk'], tags = ['Iraq'], extra = '', body = 'Body.' }: StoryOptions = {}): string {
  return `---
id: ${id}
headline: The ${id} headline
standfirst: The ${id} standfirst.
publishedAt: ${publishedAt}
authors: [${authors.join(', ')}]
section: ${section}
tags: [${tags.join(', ')}]
image:
  src: /images/green-zone-security.png
  alt: A map of checkpoints
  caption: The ${id} caption
  credit: Fixture graphics
${extra}---

${body}
`;
}

const roots: string[] = [];

export interface LiveBlogOptions {
  /** When coverage starts, with +00:00; the updates follow every ten minutes. */
  start: string;
  updates: number;
  closedAt?: string;
  /** Further frontmatter lines of the index, each ending in a newline. */
  extra?: string;
  /** The body of update `n` (1 = the oldest). */
  body?: (n: number) => string;
  /** Further frontmatter lines of update `n`, each ending in a newline. */
  updateExtra?: (n: number) => string;
}

/** A live blog's files (index.mdx and one file per update, named by its time), relative to the content root. */
export function liveBlogFiles(
  id: string,
  { start, updates, closedAt, extra = '', body = (n) => `Update ${n} from the desk.`, updateExtra = () => '' }: LiveBlogOptions,
): Record<string, string> {
  const files: Record<string, string> = {
    [`live/${id}/index.mdx`]: storyFile(id, start, { extra: `${closedAt ? `closedAt: ${closedAt}\n` : ''}keyPoints: [The first point., The second point.]\n${extra}`, body: 'How the day went.' }),
  };
  for (let n = 1; n <= updates; n++) {
    const at = new Date(Date.parse(start) + n * 600_000).toISOString().slice(0, 16);
    files[`live/${id}/updates/${at.replace(':', '')}-update-${n}.mdx`] = `---\nat: ${at}:00+00:00\ntitle: Update ${n}\n${updateExtra(n)}---\n\n${body(n)}\n`;
  }
  return files;
}

export interface NewsroomOptions {
  /** sections.yaml; World alone by default. */
  sections?: string;
  /** authors.yaml; the World desk alone by default. */
  authors?: string;
  /** Further files by their path under the root, e.g. a live blog's (liveBlogFiles). */
  files?: Record<string, string>;
}

/** Writes a newsroom (sections.yaml, authors.yaml, articles/<name>.mdx) to a new temporary folder. */
export function writeNewsroom(
  articles: Record<string, string>,
  { sections = '- id: world\n  name: World\n', authors = '- id: world-desk\n  name: World desk\n  kind: desk\n', files = {} }: NewsroomOptions = {},
): string {
  const root = mkdtempSync(path.join(tmpdir(), 'masthead-newsroom-'));
  roots.push(root);
  mkdirSync(path.join(root, 'articles'));
  writeFileSync(path.join(root, 'sections.yaml'), sections);
  writeFileSync(path.join(root, 'authors.yaml'), authors);
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(root, 'articles', `${name}.mdx`), text);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** Removes every newsroom written so far and every store made (call from afterAll). */
export function removeNewsrooms(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  storeDir = undefined;
}

let stores = 0;
let storeDir: string | undefined;

/**
 * Points the next import of the gateway at the tree at `root`, as a server (a store the
 * content check writes first) or as `next dev` (which keeps a store of its own in step with
 * the tree) sees it. Resets modules: import what you test after calling it. Returns the
 * store's file; Vitest unstubs the environment before each test, so a store made once in
 * `beforeAll` is named again in `beforeEach` (`vi.stubEnv('MASTHEAD_CONTENT_STORE', file)`).
 */
export async function serveNewsroom(root: string, mode: 'server' | 'dev' = 'server'): Promise<string> {
  vi.resetModules();
  vi.stubEnv('CONTENT_DIR', root);
  storeDir ??= mkdtempSync(path.join(tmpdir(), 'masthead-stores-'));
  if (!roots.includes(storeDir)) roots.push(storeDir);
  const file = path.join(storeDir, `${(stores += 1)}.db`);
  if (mode === 'server') {
    await checkIntoStore({ file, source: directorySource(root), images: publicImageResolver(path.join(process.cwd(), 'public')) });
  } else {
    vi.stubEnv('NODE_ENV', 'development');
  }
  vi.stubEnv('MASTHEAD_CONTENT_STORE', file);
  // A server reads its own copy of the store (lib/content/connection.ts): kept with the stores.
  vi.stubEnv('MASTHEAD_STORE_COPIES', path.join(storeDir, 'copies'));
  return file;
}

/**
 * The hooks of a test file that serves newsrooms (serveNewsroom): the gateway's reports of
 * content problems kept off the console, the environment and mocks put back after each test,
 * every newsroom and store removed at the end.
 */
export function servingNewsrooms(): void {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });
  afterAll(() => {
    removeNewsrooms();
  });
}

