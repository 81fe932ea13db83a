import { defaultEdition, type Edition } from '../site/editions';
import { articlePathOf } from './check/article';
import { PLACEHOLDER, PLACEHOLDER_IMAGE, slugify, type Author, type Section } from './check/schema';

/** Longest slug `npm run new` makes; a URL stays readable, and the cut falls between words. */
const SLUG_MAX = 72;

/** "Iraq's Prime Minister Survives Drone Attack" → "iraqs-prime-minister-survives-drone-attack". */
export function slugFromHeadline(headline: string): string {
  const slug = slugify(headline);
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : SLUG_MAX);
}

const offsetFormatter = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });

/** `at` as the newsroom's wall-clock time with its offset (an edition's newsroom's, when given), to the minute: 2026-07-01T14:05:00+01:00. */
export function newsroomTimestamp(at: Date, timeZone: string = defaultEdition.timeZone): string {
  const parts = offsetFormatter(timeZone).formatToParts(at);
  const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = pick('timeZoneName').replace(/^GMT/, '') || '+00:00';
  return `${pick('year')}-${pick('month')}-${pick('day')}T${pick('hour')}:${pick('minute')}:00${offset}`;
}

export interface ScaffoldRequest {
  headline: string;
  section: string;
  /** An author id; the newsroom's own byline when not given. */
  author?: string;
  at: Date;
  /** The edition it is written for; the default one when not given. */
  edition?: Edition;
  /** The id of the default edition's story it translates, which it keeps as its own id. */
  translationOf?: string;
  /** Its id, when the headline gives none (an original in an edition written in another script). */
  id?: string;
}

/** The id a new story takes: the one asked for, the translated story's, or a slug of the headline. */
export function storyIdOf(request: ScaffoldRequest): string {
  return request.id ?? request.translationOf ?? slugFromHeadline(request.headline.trim());
}

export interface Scaffold {
  /** Relative to the content root, e.g. articles/iraq-votes.mdx */
  file: string;
  text: string;
  /** The site path it will have once published. */
  path: string;
}

/** What a new article must fit into: the newsroom's sections, authors and article ids. */
export interface Newsroom {
  sections: Section[];
  authors: Author[];
  hasArticle(id: string): boolean;
}

/** Why a request cannot become an article, in words for the editor; undefined when it can. */
export function scaffoldRefusal(request: ScaffoldRequest, newsroom: Newsroom, exists: (file: string) => boolean): string | undefined {
  const headline = request.headline.trim();
  if (!headline) return 'give the headline in quotes, e.g. npm run new -- --section world "Talks resume in Vienna"';
  if (!newsroom.sections.some((s) => s.id === request.section)) {
    return `unknown section "${request.section}" (known: ${newsroom.sections.map((s) => s.id).join(', ')})`;
  }
  if (request.author !== undefined && !newsroom.authors.some((a) => a.id === request.author)) {
    return `unknown author "${request.author}" (known: ${newsroom.authors.map((a) => a.id).join(', ')})`;
  }
  const slug = storyIdOf(request);
  if (!slug) return 'the headline needs at least one letter or digit to make a slug from';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    return `a story's id is lowercase Latin letters, digits and hyphens, and "${slug}" is not: name the story it translates (--translation-of <id>) or give its id (--id <words-joined-by-hyphens>)`;
  }
  if (newsroom.hasArticle(slug) || exists(`articles/${slug}.mdx`)) {
    return `an article with the slug "${slug}" already exists (articles/${slug}.mdx); choose a different headline`;
  }
  return undefined;
}

function defaultAuthor(authors: Author[]): Author | undefined {
  return authors.find((a) => a.kind === 'newsroom') ?? authors[0];
}

const yamlString = (value: string) => JSON.stringify(value);

/**
 * A new article that passes the content check as it stands: a draft, so the
 * placeholders cannot reach readers; removing `draft: true` before they are
 * replaced is an error.
 */
export function scaffoldArticle(request: ScaffoldRequest, newsroom: Pick<Newsroom, 'authors'>, section: Section): Scaffold {
  const headline = request.headline.trim();
  const slug = storyIdOf(request);
  const edition = request.edition ?? defaultEdition;
  const publishedAt = newsroomTimestamp(request.at, edition.timeZone);
  const author = request.author ?? defaultAuthor(newsroom.authors)?.id ?? 'newsroom';
  const editionLines = edition.lang === defaultEdition.lang ? '' : `edition: ${edition.lang}\n${request.translationOf ? `translationOf: ${request.translationOf}\n` : ''}`;
  const text = `---
id: ${slug}
${editionLines}headline: ${yamlString(headline)}
standfirst: "${PLACEHOLDER}: one or two sentences on what happened and why it matters."
# When it goes live, in the newsroom's time (${edition.timeZone}). A time in the future is an embargo.
publishedAt: ${publishedAt}
# updatedAt: ${publishedAt}     # when the story changed; shows "Updated …"
# updateNote: adds the ministry's statement
authors: [${author}]
section: ${section.id}
tags: []
image:
  src: ${PLACEHOLDER_IMAGE}
  alt: "${PLACEHOLDER}: what the image shows, for readers who cannot see it"
  caption: "${PLACEHOLDER}: the caption under the image"
  credit: "${PLACEHOLDER}: who made it"
related: []
# corrections:
#   - date: ${publishedAt}
#     text: An earlier version of this article gave the wrong date for the vote.
# Remove this line to publish; until then the article only shows in \`npm run dev\`.
draft: true
---

${PLACEHOLDER}: the first paragraph.
`;
  return { file: `articles/${slug}.mdx`, text, path: articlePathOf(section.id, publishedAt, slug, edition) };
}
