import { randomBytes } from 'node:crypto';
import { newsroomTimestamp, scaffoldArticle, slugFromHeadline, storyIdOf, type Newsroom, type Scaffold, type ScaffoldRequest } from '../scaffold';
import { PLACEHOLDER, type Author, type Section } from '../check/schema';
import { site } from '../../site/config';
import { LIVE_DIR, LIVE_INDEX_FILE, LIVE_UPDATES_DIR } from './schema';

/**
 * `npm run new -- --live` starts a live blog (a draft, like a new article) and
 * `npm run new -- --update <id>` adds an update to one: a file of its own, named
 * by the minute it is written, so two editors adding updates at once add two
 * files and git has nothing to merge.
 */

/** Why a live blog cannot be started with this request; undefined when it can. */
export function liveBlogRefusal(request: ScaffoldRequest, newsroom: Newsroom, exists: (file: string) => boolean): string | undefined {
  const slug = storyIdOf(request);
  if (slug && exists(`${LIVE_DIR}/${slug}`)) return `a live blog with the id "${slug}" already exists (${LIVE_DIR}/${slug}/); choose a different headline`;
  return undefined;
}

/** A new live blog's index.mdx: an article's draft with the coverage fields to fill in. */
export function scaffoldLiveBlog(request: ScaffoldRequest, newsroom: Pick<Newsroom, 'authors'>, section: Section): Scaffold {
  const article = scaffoldArticle(request, newsroom, section);
  const slug = storyIdOf(request);
  const text = article.text
    .replace(/^# updatedAt: .*\n# updateNote: .*\n/m, '')
    .replace(
      /^related: \[\]\n/m,
      `related: []
# The summary at the top of the page: up to 8 sentences, the newest facts first.
keyPoints:
  - "${PLACEHOLDER}: the first thing a reader arriving now needs to know."
# pinned: <the id of an update, its file name without .mdx>   # shown above the rest
# closedAt: <date-time>   # when coverage ends; the page then says "This live coverage has ended"
`,
    )
    .replace(`${PLACEHOLDER}: the first paragraph.`, `${PLACEHOLDER}: an introduction, if the updates need one (or delete this line).`);
  return { file: `${LIVE_DIR}/${slug}/${LIVE_INDEX_FILE}`, text, path: article.path };
}

/** Longest slug in an update's file name: the time already tells updates apart. */
const UPDATE_SLUG_MAX = 40;

function shortSlug(title: string): string {
  const slug = slugFromHeadline(title);
  if (slug.length <= UPDATE_SLUG_MAX) return slug;
  const cut = slug.slice(0, UPDATE_SLUG_MAX + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : UPDATE_SLUG_MAX);
}

export interface UpdateRequest {
  /** The live blog's id: its folder under live/. */
  blog: string;
  title?: string;
  /** A desk's id; the live blog's byline stands for updates without one. */
  author?: string;
  at: Date;
}

/** Why an update cannot be added with this request; undefined when it can. */
export function updateRefusal(request: UpdateRequest, authors: readonly Author[], exists: (file: string) => boolean): string | undefined {
  if (!exists(`${LIVE_DIR}/${request.blog}/${LIVE_INDEX_FILE}`)) return `no live blog "${request.blog}" (${LIVE_DIR}/${request.blog}/${LIVE_INDEX_FILE} does not exist)`;
  if (request.author !== undefined && !authors.some((a) => a.id === request.author)) {
    return `unknown author "${request.author}" (known: ${authors.map((a) => a.id).join(', ')})`;
  }
  if (request.title !== undefined && !slugFromHeadline(request.title)) return 'the title needs at least one letter or digit';
  return undefined;
}

/**
 * A new update, stamped now in the newsroom's time. Its name is that minute and a slug of
 * its title; an update without a title gets a few random letters instead, so two editors
 * adding untitled updates in the same minute still write two files.
 */
export function scaffoldUpdate(request: UpdateRequest): Scaffold & { id: string } {
  const at = newsroomTimestamp(request.at);
  const slug = request.title ? shortSlug(request.title) : `update-${randomBytes(3).toString('hex')}`;
  const id = `${at.slice(0, 13)}${at.slice(14, 16)}-${slug}`;
  const text = `---
# When it is published, in the newsroom's time (${site.timeZone}); a time in the future waits until then.
at: ${at}
${request.title ? `title: ${JSON.stringify(request.title.trim())}` : '# title: "A few words on what is new"'}
${request.author ? `author: ${request.author}` : '# author: <a desk from content/authors.yaml>'}
---

${PLACEHOLDER}: what is new, in a few sentences.
`;
  return { id, file: `${LIVE_DIR}/${request.blog}/${LIVE_UPDATES_DIR}/${id}.mdx`, text, path: '' };
}
