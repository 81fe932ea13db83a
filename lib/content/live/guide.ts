import { BREAKING_TEXT_MAX_LENGTH, breakingSchema } from '../breaking';
import { fieldTable, type Docs } from '../guide-table';
import { PLACEHOLDER } from '../check/schema';
import { LIVE_HEADLINE_ENDINGS } from './model';
import { UPDATES_PER_PAGE } from './pages';
import { KEY_POINTS_MAX, KEY_POINT_MAX_LENGTH, liveBlogFrontmatterSchema, liveUpdateFrontmatterSchema, UPDATE_TITLE_MAX_LENGTH } from './schema';

/**
 * The editor guide's sections on live blogs, their updates and the breaking-news
 * strip (content/README.md is generated from lib/content/guide.ts, which takes
 * these in): every field from the schemas, each with its line here.
 */

const { closedAt, keyPoints, pinned } = liveBlogFrontmatterSchema.shape;
const coverageShape = { closedAt, keyPoints, pinned };

const coverageFields: Docs<typeof coverageShape> = {
  closedAt: {
    type: 'date-time with offset',
    description: `When coverage ended. From then on the page says "This live coverage has ended" instead of LIVE, the headline ends "– ${LIVE_HEADLINE_ENDINGS.ended}" instead of "– ${LIVE_HEADLINE_ENDINGS.live}" everywhere it is shown, and no update may be dated later. No build is needed: pages say so within a minute of that moment. Leave it out while coverage goes on.`,
    example: 'closedAt: 2021-11-07T21:00:00+03:00',
  },
  keyPoints: {
    type: `list of text (at most ${KEY_POINTS_MAX}, ${KEY_POINT_MAX_LENGTH} characters each)`,
    description: 'The summary at the top of every page of the live blog: what a reader arriving now needs to know, one sentence each. Keep it current as the story moves.',
    example: "keyPoints:\n  - Drones carrying explosives hit the prime minister's residence before dawn.\n  - Kadhimi was not hurt; seven of his guards were wounded.",
  },
  pinned: {
    type: 'update id',
    description: 'One update shown above the rest, under "Pinned" (it stays in its place among the updates too): the id of an update of this live blog, its file name without .mdx.',
    example: 'pinned: 2021-11-07T1000-what-we-know',
  },
};

const updateFields: Docs<typeof liveUpdateFrontmatterSchema.shape> = {
  at: {
    type: 'date-time with offset',
    description: 'When the update is published; updates are shown newest first by it. It must fall between the live blog\'s publishedAt and its closedAt. A time in the future waits until then. The file name carries the same minute.',
    example: 'at: 2021-11-07T04:10:00+03:00',
  },
  title: {
    type: `text (${UPDATE_TITLE_MAX_LENGTH} characters at most)`,
    description: 'A short heading for the update. Most updates need none; feeds then use its first sentence.',
    example: 'title: Kadhimi calls for calm',
  },
  author: {
    type: 'author id',
    description: 'The desk that signed the update, from content/authors.yaml, named at the top of the update. Without it the live blog\'s byline stands for it.',
    example: 'author: middle-east-desk',
  },
  keyEvent: {
    type: 'true or false',
    description: 'Marks one of the moments that sum the story up. Key events are listed, with links, beside the updates (above them on a phone), marked in the list, and shown alone at `…/key-events`. Give a key event a title: the list shows it.',
    example: 'keyEvent: true',
  },
  id: {
    type: 'update id',
    description: 'The update\'s permanent id, in its anchor (#update-…) and permalink (…/updates/…). Without it, the file name is the id: leave it out unless you must rename the file.',
    example: 'id: kadhimi-calls-for-calm',
  },
};

const breakingFields: Docs<typeof breakingSchema.shape> = {
  text: { type: `text (${BREAKING_TEXT_MAX_LENGTH} characters at most)`, description: 'What the strip says: one line on a phone.', example: "text: Drones strike the prime minister's residence in Baghdad" },
  url: { type: 'site path', description: 'The story it links to, written as its path on this site; the check makes sure the story exists.', example: 'url: /middle-east/2021/11/07/kadhimi-drone-attack-live' },
  expires: { type: 'date-time with offset', description: 'When the strip goes. Every page stops showing it at that moment by itself, even one a reader left open.', example: 'expires: 2021-11-07T12:00:00+03:00' },
};

/** How the example of a complete update file reads. */
const updateExample = `---
at: 2021-11-07T04:10:00+03:00
title: Kadhimi calls for calm
author: middle-east-desk
---

In a message on Twitter, Kadhimi says he is safe and asks Iraqis for calm and restraint.`;

/** The sections on live blogs and the breaking strip, Markdown. */
export function liveGuide(): string {
  return `## Live blogs

A live blog covers a story as it unfolds: key points at the top, then short
updates, newest first. It lives at an article's address
(\`/{section}/{yyyy}/{mm}/{dd}/{id}\`) and is listed, searched and fed like any
story; fronts mark it LIVE with the time of its latest update until it closes.

It is a folder, \`content/live/<id>/\`: \`index.mdx\` is the story, and each
update is a file of its own in \`updates/\`. Two editors adding updates at the
same moment add two files, so git never has to merge them.

\`\`\`sh
npm run new -- --live --section middle-east "Drone attack on the prime minister's home"
npm run new -- --update drone-attack-on-the-prime-ministers-home "Kadhimi calls for calm"
\`\`\`

The first writes \`content/live/<id>/index.mdx\`, a draft like a new article;
the second an update stamped with the current minute,
\`content/live/<id>/updates/<yyyy-mm-ddThhmm>-<slug>.mdx\` (\`--author <desk>\`
signs it; without a title the slug is a few random letters). Replace every
"${PLACEHOLDER}" before the build: an update still holding it is an error.

- **index.mdx** has an article's fields (above), \`publishedAt\` being when
  coverage starts, and these. Write the headline without "live": the site
  ends it with "– ${LIVE_HEADLINE_ENDINGS.live}" while coverage goes on and "– ${LIVE_HEADLINE_ENDINGS.ended}" once it
  has ended, on the page, in its title, its share card, feeds and lists
  (the check warns about a headline that already ends so).

${fieldTable(coverageShape, coverageFields)}

- **Each update** has this frontmatter, then its body: the same Markdown and
  components as an article's.

${fieldTable(liveUpdateFrontmatterSchema.shape, updateFields)}

\`\`\`mdx
${updateExample}
\`\`\`

The content check also makes sure every update belongs to a live blog, keeps
to the coverage window, has an id no other update of its blog has, and that
\`pinned\` names one of them; each problem names the file and line.

Readers with the page open are offered "N new updates" (it asks every 30
seconds); a reload shows them too, and times of the last day read "12 min
ago" beside the clock time. The live blog's own address shows the
newest updates; each run of ${UPDATES_PER_PAGE} older ones gets a page of its own,
\`…/page/{n}\`, counted from the first. Every update has an anchor
(\`#update-<id>\`) and a page of its own (\`…/updates/<id>\`), its
permalink, which readers share ("Link to this update" under it copies the
address, or opens a phone's share sheet) and which search results lead to.
Key events (\`keyEvent: true\`) are listed beside the updates, folded above
them on a phone while coverage is over, and shown alone at \`…/key-events\`. Add updates rather than back-dating them: an
update dated before others moves them between pages. The live blog's own
feeds of updates are at \`…/feed.xml\`, \`…/atom.xml\` and \`…/feed.json\`.

An update reaches readers without a new build: once it is committed,
\`npm run content:publish\` (usually run by CI) checks it and hands it to the
running site, and the page shows it within about a minute. Starting a live
blog, an embed whose provider the page does not show yet, and a Mastodon post
the page does not show yet (a page may frame only the Mastodon posts it was
built with, since any server can host one), still need a build: publishing
says so, names the file, and publishes nothing.

## Breaking-news strip

A strip across the top of every page, under the masthead, set in
\`content/front.yaml\` and gone by itself at its expiry. Leave \`breaking\`
out when there is none.

\`\`\`yaml
breaking:
  ${breakingFields.text.example}
  ${breakingFields.url.example}
  ${breakingFields.expires.example}
\`\`\`

${fieldTable(breakingSchema.shape, breakingFields, 'breaking.')}
`;
}
