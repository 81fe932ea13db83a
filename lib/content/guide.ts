import { liveGuide } from './live/guide';
import { bodyComponents } from './check/body';
import { HEADLINE_WARN_LENGTH, HERO_MIN_WIDTH, STANDFIRST_WARN_LENGTH } from './check/article';
import { fieldTable, type Docs } from './guide-table';
import { articleFrontmatterSchema, correctionSchema, heroImageSchema, PLACEHOLDER } from './check/schema';

/**
 * The editor guide, content/README.md, is generated from this file and the
 * schema: `npx tsx scripts/editor-guide.ts` writes it and a unit test fails
 * when it is out of step, so a field cannot be added without its line here.
 */

const articleFields: Docs<typeof articleFrontmatterSchema.shape> = {
  id: {
    type: 'slug',
    description: 'The article\'s permanent id: lowercase words joined by hyphens. Name the file after it. Never change it once published.',
    example: 'id: kadhimi-survives-drone-attack',
  },
  edition: {
    type: 'edition (language)',
    description: 'The edition the story belongs to, for every edition but the English one: `ar` for the Arabic edition, whose stories live in content/ar/ and whose addresses start with /ar. The story\'s text must run in its edition\'s direction.',
    example: 'edition: ar',
  },
  translationOf: {
    type: 'article id',
    description: 'For a translation: the id of the English story it translates (keep that id as its own). Both pages then link to each other in their head (hreflang) and in a language switch. The English story must exist, and only one story per edition may translate it.',
    example: 'translationOf: kadhimi-survives-drone-attack',
  },
  slug: {
    type: 'slug',
    description: 'The last part of the URL, when it should differ from the id.',
    example: 'slug: drone-attack-on-prime-minister',
  },
  headline: {
    type: 'text',
    description: `The headline, in sentence case: a capital for the first word and for names only, as in the example. The check warns about one in Title Case, and about one over ${HEADLINE_WARN_LENGTH} characters.`,
    example: "headline: Iraq's prime minister survives drone attack on his home",
  },
  standfirst: {
    type: 'text',
    description: `One or two sentences under the headline: what happened and why it matters. Over ${STANDFIRST_WARN_LENGTH} characters the check warns.`,
    example: 'standfirst: Drones struck the residence in the Green Zone; the prime minister was unhurt.',
  },
  publishedAt: {
    type: 'date-time with offset',
    description: 'When the article goes live, ISO 8601 with the offset. It dates the URL (in the newsroom\'s time zone). A moment in the future is an embargo.',
    example: 'publishedAt: 2021-11-07T09:00:00+03:00',
  },
  updatedAt: {
    type: 'date-time with offset',
    description: 'When the story last changed in substance; shows "Updated …" under the byline. Not earlier than publishedAt.',
    example: 'updatedAt: 2021-11-07T18:40:00+03:00',
  },
  updateNote: {
    type: 'text (200 characters at most)',
    description: 'What changed at updatedAt, shown after "Updated …". Needs updatedAt.',
    example: "updateNote: adds the interior ministry's account",
  },
  authors: {
    type: 'list of author ids',
    description: 'Who signs the article: ids from content/authors.yaml (desks and the newsroom sign too).',
    example: 'authors: [middle-east-desk, newsroom]',
  },
  section: {
    type: 'section id',
    description: 'The section the article belongs to: an id from content/sections.yaml. It is the first part of the URL.',
    example: 'section: middle-east',
  },
  tags: {
    type: 'list of text',
    description: 'Topics, written as readers would read them (each up to 40 characters).',
    example: 'tags: [Iraq, Green Zone, Drone attacks]',
  },
  image: {
    type: 'hero image (see below)',
    description: `The hero image at the top of the article: a file under public/images/, at least ${HERO_MIN_WIDTH} px wide. Its width and height are read from the file.`,
    example: 'image:\n  src: /images/baghdad-green-zone.png\n  alt: Map of the Green Zone with the residence marked\n  caption: The residence lies inside the Green Zone.\n  credit: Masthead graphics',
  },
  related: {
    type: 'list of article ids',
    description: 'Articles to show first under "Related stories", in this order; the site adds others by topic.',
    example: 'related: [iran-keeps-its-reach-in-iraq]',
  },
  draft: {
    type: 'true or false',
    description: 'A draft never reaches readers: no page, no listing, feed or sitemap. `npm run dev` shows it at its URL under a "Draft" banner. Remove the line to publish.',
    example: 'draft: true',
  },
  corrections: {
    type: 'list of corrections (see below)',
    description: 'Each correction is printed under the article with its date, newest first, and counts as a modification of the article.',
    example: 'corrections:\n  - date: 2021-11-08T10:00:00+03:00\n    text: An earlier version said three drones struck the residence; the ministry later said two.',
  },
  redirectFrom: {
    type: 'list of former article paths',
    description: 'URLs the article used to have, after a change of section, date or slug. Each answers with a permanent redirect (308) to the current URL, so old links and search results keep working.',
    example: 'redirectFrom: [/world/2021/11/08/old-slug]',
  },
  takedown: {
    type: 'at, by and reason',
    description:
      'Takes a published story down for legal reasons: its address answers 410 Gone with a page that says it was removed and shows none of it, and it leaves every list, feed, sitemap and search; `npm run content:publish` purges it from every server and cache at once. Keep the file and the line, so the repository says who decided it, why and when. A link to it from another story, related stories or front.yaml is an error.',
    example: 'takedown:\n  at: 2021-11-10T09:00:00+03:00\n  by: Legal desk\n  reason: Court order of 9 November 2021',
  },
};

const imageFields: Docs<typeof heroImageSchema.shape> = {
  src: { type: 'image path', description: `A file under public/images/ (.jpg, .png, .webp, .avif or .svg), at least ${HERO_MIN_WIDTH} px wide. Photographs and graphics are best committed as .jpg or .png: readers get copies sized for their screen. An .svg is sent as it is and is slower for a phone to draw.`, example: 'src: /images/baghdad-green-zone.png' },
  alt: { type: 'text', description: 'What the image shows, for readers who cannot see it. Not the caption again: the check warns when they are the same.', example: 'alt: Map of the Green Zone with the residence marked' },
  caption: { type: 'text', description: 'The caption printed under the image. Not the credit: the check warns when it names it.', example: 'caption: The residence lies inside the Green Zone.' },
  credit: { type: 'text', description: 'Who made the image; printed once, after the caption, as "Source: …".', example: 'credit: Masthead graphics' },
  creditUrl: { type: 'http(s) URL', description: 'Makes the credit a link.', example: 'creditUrl: https://example.org/photos' },
};

const correctionFields: Docs<typeof correctionSchema.shape> = {
  date: { type: 'date-time with offset', description: 'When the correction was made; not earlier than publishedAt.', example: 'date: 2021-11-08T10:00:00+03:00' },
  text: { type: 'text', description: 'What was wrong and what is right, in a sentence or two.', example: 'text: An earlier version gave the wrong date for the vote.' },
};

function componentList(): string {
  return Object.entries(bodyComponents)
    .map(([name, spec]) => {
      const attributes = Object.entries(spec.attributes)
        .map(([attr, rule]) => `\`${attr}\`${rule.required ? '' : ' (optional)'}`)
        .join(', ');
      return `### <${name}>\n\n${spec.description} Attributes: ${attributes}.\n\n\`\`\`mdx\n${spec.example}\n\`\`\``;
    })
    .join('\n\n');
}

/** The whole of content/README.md. */
export function editorGuide(): string {
  return `<!-- Generated from lib/content/guide.ts and the schema: edit those, then run npx tsx scripts/editor-guide.ts -->

# Editor guide

Every article is one MDX file in \`content/articles/\`: YAML frontmatter
between \`---\` lines, then the body in Markdown. A live blog is a folder in
\`content/live/\` (see "Live blogs" below). Authors are listed in
\`content/authors.yaml\` and sections in \`content/sections.yaml\`.

## Start an article

\`\`\`sh
npm run new -- --section middle-east "Iraq's prime minister survives drone attack"
\`\`\`

This writes \`content/articles/<slug>.mdx\` with the slug made from the
headline, \`publishedAt\` set to now in the newsroom's time zone and every
field to fill in, and prints the file and the URL the article will have. It
refuses a section that does not exist and a slug that is already taken
(\`--author <id>\` signs it; the newsroom signs by default). The new file is a
draft: replace every "${PLACEHOLDER}", pick a hero image, then remove
\`draft: true\`. While a placeholder is left in, the check refuses to publish it.

## The Arabic edition (and any other)

The site is written in editions, each its own newsroom in its own language:
English at the site's own addresses, Arabic under \`/ar\` (the addresses its
pages will have: the check and the search index already hold them; the
reader pages follow, docs/decisions/0021-editions.md). The Arabic
edition's files live in \`content/ar/\`, shaped like \`content/\`:
\`content/ar/articles/\`, \`content/ar/live/\`, and its own
\`authors.yaml\`, \`sections.yaml\` (the sections' Arabic names) and
\`front.yaml\`. Every story there says \`edition: ar\`; its address is
dated in the Arabic newsroom's time zone (Baghdad) and starts with \`/ar\`.

A translation keeps the English story's id and names it:
\`translationOf: <English id>\`; one story per edition may translate it, so the
two can name each other. An Arabic story with no English original has an id of its own, in
Latin letters like every id, and no \`translationOf\`. Related stories,
\`<AlsoRead>\` and links name stories of the same edition. Tags are written in
Arabic and keep their spelling in their address (\`المسيّرة\` with its shadda
is another topic than \`المسيرة\`).

\`\`\`sh
npm run new -- --edition ar --translation-of kadhimi-survives-drone-attack --section middle-east "رئيس الوزراء العراقي ينجو من هجوم"
npm run new -- --edition ar --id federal-court-final-say --section middle-east "ما دور المحكمة الاتحادية العليا؟"
\`\`\`

The check checks each edition's folder like the English one, and refuses
with file and line: a story in the wrong edition's folder (or without
\`edition: ar\` in \`content/ar/\`), a translation of an English story that
does not exist, a second translation of the same story, an Arabic story in a
section \`content/ar/sections.yaml\` does not list (even one the English edition
has), a headline that runs left to right in the right-to-left edition (or the
other way), and the invisible controls that reverse text (U+202A–U+202E,
U+2066–U+2069). Arabic text keeps its own punctuation (« » ، ؛ ؟): the check
does not curl quotation marks in it.

## Check your work

\`\`\`sh
npm run content:check
\`\`\`

It checks the whole tree at once with the same code the site is built with,
and prints every problem as \`file:line:column  field  message\`, then a count.
Errors stop the build (and the check exits non-zero); warnings are printed
but publish. Errors: a missing or misspelt field, a wrong date, an unknown
author, section or article id, an image file that is not there, a hero image
narrower than ${HERO_MIN_WIDTH} px, a missing credit, empty alt text, a
Markdown link to a site URL that leads to no article, code in the body.
Warnings: a headline in Title Case (the newsroom writes headlines, and update
titles, in sentence case), a headline over ${HEADLINE_WARN_LENGTH} characters, a
standfirst over ${STANDFIRST_WARN_LENGTH}, alt text that repeats the caption, a
caption that names the credit (the page prints the credit after the caption,
so the graphic itself should not carry it either), and an
\`<AlsoRead>\`, related id or link that points at a draft or an article still
under embargo (it shows nothing until that article is published).

The check remembers what it found: a second run checks again only the files
whose text changed (and the links between files), so it takes seconds however
large the archive. \`npm run content:check -- --full\` checks every file
again. In a pull request, \`npm run content:check -- --format github\`
prints each problem as a GitHub annotation, shown on its line of the file
(see docs/deploy.md for the workflow).

## Preview

\`\`\`sh
npm run dev
\`\`\`

Open the article's URL, \`/{section}/{yyyy}/{mm}/{dd}/{slug}\` (printed by
\`npm run new\`). Saving the file updates the open page. Drafts and
embargoed articles show at their URL under a "Draft" or "Scheduled" banner
but are not listed on the fronts. An article with errors shows them at its
URL, with file, line and field, while the rest of the site keeps working.

## Schedule (embargo)

Set \`publishedAt\` to a moment in the future and publish as usual. Until that
moment the article is not on its URL, the fronts, tag and author pages,
search, feeds or sitemaps, and links to it render nothing. From that moment it
appears everywhere without a rebuild or redeploy: every page is remade when it
is more than 30 seconds old, and each remake asks the content layer what is
published at that moment. The request that finds a page out of date still gets
the old copy and causes the remake; readers after it get the new one. So a
scheduled article shows within a minute of its time (30 seconds plus the
remake); a CDN in front adds at most its own 60 seconds for an article URL.

## Correct and update

- A correction: add an entry to \`corrections\` with its date and the text
  to print. Readers see a "Correction" notice under the article, newest
  first, and the article's modification date moves to the latest correction.
- An update: set \`updatedAt\` (and, if it helps, \`updateNote\`); the byline
  shows "Updated …".
- Never change \`id\`, \`section\` or \`publishedAt\` of a published article:
  its URL would change.

## Frontmatter fields

${fieldTable(articleFrontmatterSchema.shape, articleFields)}

### Hero image

${fieldTable(heroImageSchema.shape, imageFields, 'image.')}

### Corrections

${fieldTable(correctionSchema.shape, correctionFields, 'corrections[].')}

### A complete example

\`\`\`yaml
---
${Object.entries(articleFields)
  .map(([, doc]) => doc.example)
  .join('\n')}
---
\`\`\`

## The body

Markdown: paragraphs, \`##\` subheadings (the headline is the only \`#\`),
lists, links, tables, quotes. Links to the site are written as paths
(\`[the results](/middle-east/2021/10/17/sadrists-top-iraq-election-results)\`)
and are checked. The body runs no code: \`import\`, \`export\`,
\`{expressions}\` and raw HTML are refused, and only these components are
allowed, each on a line of its own with blank lines around it.

${componentList()}

${liveGuide()}`;
}
