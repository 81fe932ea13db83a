import { describe, expect, it } from 'vitest';
import { checkArticle } from '../check/article';
import { formatProblem, sortProblems, type ContentProblem } from '../check/problems';
import { markdownToText } from '../search/tokenize';
import { checkUpdateFile as checkUpdate, parseUpdateFileName } from './schema';

const INDEX = 'content/live/night-in-baghdad/index.mdx';
const UPDATE = 'content/live/night-in-baghdad/updates/2021-11-07T0320-first-reports.mdx';

const liveBlog = (extra = '', body = 'A short introduction.') => `---
id: night-in-baghdad
headline: Drone attack on the prime minister's residence
standfirst: Explosive-laden drones struck the residence in the Green Zone; the prime minister was unhurt.
publishedAt: 2021-11-07T03:20:00+03:00
authors: [middle-east-desk]
section: middle-east
image:
  src: /images/kadhimi-residence-drone-attack.png
  alt: Two drones over a low building at night
  caption: The residence lies inside the Green Zone.
  credit: Masthead graphics
${extra}---

${body}
`;

const update = (frontmatter: string, body = 'Reports of explosions in the Green Zone.') => `---
${frontmatter}
---

${body}
`;

/** The index checked as the content check checks it, its problems with the file in front. */
function checkLiveBlogFile(text: string, file: string) {
  const checked = checkArticle(text, markdownToText, 'live');
  const fm = checked.article ? { ...checked.article.frontmatter, ...checked.article.live } : undefined;
  return { frontmatter: fm, problems: sortProblems(checked.problems.map((p) => ({ ...p, file }))) };
}

function checkUpdateFile(text: string, file: string) {
  const checked = checkUpdate(text, file, markdownToText);
  return { ...checked, frontmatter: checked.update, problems: sortProblems(checked.problems.map((p) => ({ ...p, file }))) };
}

const lines = (problems: ContentProblem[]) => problems.map((p) => `${p.severity} ${formatProblem(p)}`);

describe('a live blog index', () => {
  it('warns about a headline that ends as the site ends it', () => {
    for (const ending of [': live', ' – live', ' - Live', ', as it happened', ' — as it happened']) {
      const text = liveBlog().replace("headline: Drone attack on the prime minister's residence\n", `headline: ${JSON.stringify(`Drone attack on the residence${ending}`)}\n`);
      expect(lines(checkLiveBlogFile(text, INDEX).problems), ending).toEqual([
        `warning ${INDEX}:3:1  headline  ends as the site ends a live blog's headline: it adds "– live" while coverage goes on and "– as it happened" once it ends; leave the ending out`,
      ]);
    }
    // A headline about a live event is not one.
    expect(checkLiveBlogFile(liveBlog().replace("Drone attack on the prime minister's residence\n", 'Crowds gather for a concert broadcast live\n'), INDEX).problems).toEqual([]);
  });

  it('accepts an article-like frontmatter with key points, a pinned update and a closing time', () => {
    const checked = checkLiveBlogFile(
      liveBlog('closedAt: 2021-11-07T21:00:00+03:00\nkeyPoints:\n  - The prime minister was unhurt.\n  - Seven guards were wounded.\npinned: 2021-11-07T0450-kadhimi-speaks\n'),
      INDEX,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.frontmatter).toMatchObject({
      id: 'night-in-baghdad',
      closedAt: '2021-11-07T21:00:00+03:00',
      keyPoints: ['The prime minister was unhurt.', 'Seven guards were wounded.'],
      pinned: '2021-11-07T0450-kadhimi-speaks',
      tags: [],
      related: [],
      draft: false,
    });
  });

  it('is open without closedAt and has no key points until an editor writes them', () => {
    const checked = checkLiveBlogFile(liveBlog(), INDEX);
    expect(checked.frontmatter?.closedAt).toBeUndefined();
    expect(checked.frontmatter?.keyPoints).toEqual([]);
  });

  it('names the line and field of every problem at once', () => {
    const text = liveBlog(
      [
        'closedAt: 2021-11-06T21:00:00+03:00',
        'keyPoints:',
        '  - ""',
        `  - ${'x'.repeat(201)}`,
        'pinned: First Reports',
        'keypoints: [a]',
        '',
      ].join('\n'),
    );
    expect(lines(checkLiveBlogFile(text, INDEX).problems)).toEqual([
      `error ${INDEX}:13:1  closedAt  must not be earlier than publishedAt, when coverage starts`,
      `error ${INDEX}:15:5  keyPoints[0]  a key point must not be empty`,
      `error ${INDEX}:16:5  keyPoints[1]  a key point is at most 200 characters: one sentence`,
      `error ${INDEX}:17:1  pinned  expected lowercase letters, digits and single hyphens, e.g. "kadhimi-speaks"`,
      `error ${INDEX}:18:1  keypoints  is not a known field; did you mean "keyPoints"?`,
    ]);
  });

  it('refuses a start or end without an offset and more than eight key points', () => {
    const points = Array.from({ length: 9 }, (_, i) => `  - Point ${i + 1}.`).join('\n');
    const text = liveBlog(`closedAt: 2021-11-07T21:00:00\nkeyPoints:\n${points}\n`).replace('+03:00\nauthors', '\nauthors');
    expect(lines(checkLiveBlogFile(text, INDEX).problems)).toEqual([
      `error ${INDEX}:5:1  publishedAt  expected an ISO 8601 date-time with an offset, e.g. 2021-11-07T09:30:00+03:00`,
      `error ${INDEX}:13:1  closedAt  expected an ISO 8601 date-time with an offset, e.g. 2021-11-07T09:30:00+03:00`,
      `error ${INDEX}:14:1  keyPoints  at most 8 key points: the summary must stay short`,
    ]);
  });

  it('reports a missing headline and code in the introduction', () => {
    const text = liveBlog('', 'import x from "y"').replace(/^headline: .*\n/m, '');
    expect(lines(checkLiveBlogFile(text, INDEX).problems)).toEqual([
      `error ${INDEX}:2:1  headline  required`,
      `error ${INDEX}:14:1  body  import and export are not allowed: an article body is content, not code`,
    ]);
  });

  it('refuses a file without frontmatter and YAML it cannot read', () => {
    expect(lines(checkLiveBlogFile('Just text.\n', INDEX).problems)).toEqual([
      `error ${INDEX}:1:1  (frontmatter)  missing: the file must start with a --- fenced YAML block`,
    ]);
    const broken = checkLiveBlogFile('---\nid: [unclosed\n---\n\nText.\n', INDEX);
    expect(broken.frontmatter).toBeUndefined();
    expect(broken.problems[0]).toMatchObject({ file: INDEX, line: 3, field: '(frontmatter)', severity: 'error' });
  });
});

describe('an update file', () => {
  it('takes its id from the file name unless the frontmatter names one', () => {
    const plain = checkUpdateFile(update('at: 2021-11-07T03:20:00+03:00\ntitle: First reports\nauthor: middle-east-desk'), UPDATE);
    expect(plain.problems).toEqual([]);
    expect(plain.frontmatter).toEqual({ id: '2021-11-07T0320-first-reports', at: '2021-11-07T03:20:00+03:00', title: 'First reports', author: 'middle-east-desk' });
    const named = checkUpdateFile(update('at: 2021-11-07T03:20:00+03:00\nid: first-reports'), UPDATE);
    expect(named.frontmatter?.id).toBe('first-reports');
  });

  it('needs a time with an offset, and a title that says something', () => {
    const text = update('title: ""\nauthor: Middle East desk\nid: First');
    expect(lines(checkUpdateFile(text, UPDATE).problems)).toEqual([
      `error ${UPDATE}:2:1  at  required`,
      `error ${UPDATE}:2:1  title  title must not be empty: leave the line out for an update without a title`,
      `error ${UPDATE}:3:1  author  expected lowercase letters, digits and single hyphens, e.g. "iraq-election-results"`,
      `error ${UPDATE}:4:1  id  expected lowercase letters, digits and single hyphens, e.g. "kadhimi-speaks"`,
    ]);
    expect(lines(checkUpdateFile(update('at: 2021-11-07 03:20'), UPDATE).problems)).toEqual([
      `error ${UPDATE}:2:1  at  expected an ISO 8601 date-time with an offset, e.g. 2021-11-07T09:30:00+03:00`,
    ]);
    expect(lines(checkUpdateFile(update('at: 2021-11-07T03:20:00+03:00\nheadline: x'), UPDATE).problems)).toEqual([
      `error ${UPDATE}:3:1  headline  is not a known field (known: at, title, author, keyEvent, id)`,
    ]);
  });

  it('reads a key event, and refuses one that is not true or false', () => {
    expect(checkUpdateFile(update('at: 2021-11-07T03:20:00+03:00\nkeyEvent: true'), UPDATE).frontmatter).toMatchObject({ keyEvent: true });
    expect(checkUpdateFile(update('at: 2021-11-07T03:20:00+03:00'), UPDATE).frontmatter?.keyEvent).toBeUndefined();
    expect(lines(checkUpdateFile(update('at: 2021-11-07T03:20:00+03:00\nkeyEvent: yes'), UPDATE).problems)).toEqual([`error ${UPDATE}:3:1  keyEvent  expected true or false`]);
  });

  it('warns about a title in Title Case and a picture whose caption names its credit', () => {
    const text = update(
      'at: 2021-11-07T03:20:00+03:00\ntitle: Security Forces Release Images of the Damage',
      'The images.\n\n<Figure src="/images/x.png" alt="A door out of its frame" caption="The door. Masthead graphics" credit="Masthead graphics" />',
    );
    expect(lines(checkUpdateFile(text, UPDATE).problems)).toEqual([
      `warning ${UPDATE}:3:1  title  is in Title Case; the newsroom writes headlines in sentence case: a capital for the first word and for names only`,
      `warning ${UPDATE}:8:1  <Figure> caption  names the credit, which the page prints after the caption as "Source: …": leave it out of the caption`,
    ]);
  });

  it('refuses a file name that is not <yyyy-mm-ddThhmm>-<slug>.mdx or not a real time', () => {
    const fm = update('at: 2021-11-07T03:20:00+03:00');
    for (const name of ['first-reports.mdx', '2021-11-07-0320-first-reports.mdx', '2021-11-07T0320-First.mdx', '2021-11-07T0320-first-reports.md']) {
      const checked = checkUpdateFile(fm, `content/live/x/updates/${name}`);
      expect(checked.frontmatter).toBeUndefined();
      expect(checked.problems[0]).toMatchObject({ field: '(file name)', severity: 'error', message: `file name "${name}": expected <yyyy-mm-ddThhmm>-<slug>.mdx, e.g. 2021-11-07T0320-first-reports.mdx` });
    }
    expect(parseUpdateFileName('2021-02-30T0320-x.mdx')).toEqual({
      message: 'file name "2021-02-30T0320-x.mdx": 2021-02-30T03:20 is not a real date and time; expected <yyyy-mm-ddThhmm>-<slug>.mdx, e.g. 2021-11-07T0320-first-reports.mdx',
    });
    expect(parseUpdateFileName('2021-11-07T2460-x.mdx')).toHaveProperty('message');
    expect(parseUpdateFileName('2021-11-07T2359-late-night.mdx')).toEqual({ id: '2021-11-07T2359-late-night', stamp: '2021-11-07T23:59' });
  });

  it('warns when the name and the time disagree', () => {
    expect(lines(checkUpdateFile(update('title: x\nat: 2021-11-07T03:25:00+03:00'), UPDATE).problems)).toEqual([
      `warning ${UPDATE}:3:1  at  is 2021-11-07T03:25 but the file name says 2021-11-07T03:20; the page uses at. Rename the file to match`,
    ]);
  });

  it('checks the body like an article body, on the file’s own lines', () => {
    const checked = checkUpdateFile(update('at: 2021-11-07T03:20:00+03:00', 'Text.\n\n<iframe src="https://example.org" />\n\n{alert(1)}'), UPDATE);
    expect(lines(checked.problems)).toEqual([
      `error ${UPDATE}:7:1  <iframe>  is not an allowed component (allowed: <AlsoRead>, <Figure>, <Embed>, <PullQuote>, <Gallery>); raw HTML is not accepted either`,
      `error ${UPDATE}:9:1  body  expressions in {braces} are not allowed; to show a brace, write \\{`,
    ]);
  });
});
