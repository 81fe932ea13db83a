import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, type ContentProblem } from './problems';
import { directorySource, publicImageResolver, type ContentSource } from '../source';
import { checkInMemory, checkIntoStore } from '../store/run';

const fixtures = path.join(__dirname, '..', 'fixtures');
const images = publicImageResolver(path.join(fixtures, 'public'));
const valid = directorySource(path.join(fixtures, 'valid'), 'content');

/** A full check of `source` into a store in memory. */
const buildIndex = (source: ContentSource, imageFiles = images, options: { at?: Date } = {}) => checkInMemory({ source, images: imageFiles, ...options });
/** Every article the store holds without an error, drafts and scheduled ones included, newest first. */
const everything = { at: new Date('2100-01-01T00:00:00Z'), preview: true };

/** The valid fixture newsroom plus extra files, e.g. one invalid article. */
function withFiles(extra: Record<string, string>, base: ContentSource = valid): ContentSource {
  return {
    label: base.label,
    listFiles: () => [...base.listFiles(), ...Object.keys(extra).filter((f) => f.startsWith('articles/'))].sort(),
    read: (p) => (p in extra ? extra[p] : base.read(p)),
  };
}

function invalid(name: string): Record<string, string> {
  return { [`articles/${name}.mdx`]: readFileSync(path.join(fixtures, 'invalid', `${name}.mdx`), 'utf8') };
}

function problemsFor(name: string): ContentProblem[] {
  return buildIndex(withFiles(invalid(name)), images).problems;
}

function only(name: string): ContentProblem {
  const problems = problemsFor(name);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
}

describe('a valid content tree', () => {
  const { store, problems } = buildIndex(valid, images);

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('lists articles newest first with URLs dated in the newsroom time zone', () => {
    expect(store.listArticles({}, everything).map((a) => a.path)).toEqual([
      '/world/2021/11/07/alpha',
      '/world/2021/11/05/beta',
      '/analysis/2021/10/25/gamma',
    ]);
  });

  it('resolves authors, section, tags and the hero image size, and keeps the parsed body', () => {
    const alpha = store.summaryById('alpha', everything)!;
    expect(alpha.authors.map((a) => a.name)).toEqual(['World desk', 'Fixture newsroom']);
    expect(alpha.section.name).toBe('World');
    expect(alpha.tags).toEqual([
      { name: 'Iraq', slug: 'iraq' },
      { name: 'Drones', slug: 'drones' },
    ]);
    expect(alpha.image).toMatchObject({ src: '/images/hero.svg', width: 1600, height: 900, credit: 'Fixture graphics' });
    expect(store.body(alpha.file)?.children[0]).toMatchObject({ type: 'paragraph' });
  });

  it('indexes articles by tag and section', () => {
    expect(store.listArticles({ tag: 'iraq' }, everything).map((a) => a.id)).toEqual(['alpha', 'beta']);
    expect(store.listArticles({ section: 'analysis' }, everything).map((a) => a.id)).toEqual(['gamma']);
  });
});

describe('each class of bad content is reported with file, line and field', () => {
  const cases: [string, Partial<ContentProblem>][] = [
    ['missing-field', { field: 'standfirst', message: 'required', line: 2 }],
    ['invalid-date', { field: 'publishedAt', line: 5, message: expect.stringContaining('with an offset') }],
    ['offsetless-date', { field: 'publishedAt', line: 5, message: expect.stringContaining('with an offset') }],
    ['unknown-author', { field: 'authors[1]', line: 6, message: 'unknown author "night-desk" (not in content/authors.yaml)' }],
    ['unknown-section', { field: 'section', line: 7, message: expect.stringContaining('unknown section "sport"') }],
    ['unknown-related', { field: 'related[1]', line: 9, message: 'unknown article id "no-such-article"' }],
    ['self-related', { field: 'related[0]', line: 9, message: 'an article cannot be related to itself' }],
    ['duplicate-id', { field: 'id', line: 2, message: '"alpha" is already the id of content/articles/alpha.mdx' }],
    ['missing-image', { field: 'image.src', line: 10, message: 'no image at public/images/not-there.png' }],
    ['missing-credit', { field: 'image.credit', message: 'required', line: 9 }],
    ['import-statement', { field: 'body', line: 16, message: expect.stringContaining('import and export are not allowed') }],
    ['export-statement', { field: 'body', line: 18, message: expect.stringContaining('import and export are not allowed') }],
    ['expression', { field: 'body', line: 16, column: 16, message: expect.stringContaining('expressions in {braces} are not allowed') }],
    ['unknown-component', { field: '<Chart>', line: 18, message: expect.stringContaining('is not an allowed component') }],
    ['raw-script', { field: '<script>', line: 18, message: expect.stringContaining('is not an allowed component') }],
    ['attribute-expression', { field: '<AlsoRead> id', line: 18, message: expect.stringContaining('expected a quoted value') }],
    ['unknown-also-read', { field: '<AlsoRead> id', line: 18, message: 'unknown article id "no-such-article"' }],
    ['javascript-link', { field: 'body', line: 16, message: expect.stringContaining('is not allowed') }],
    ['markdown-image', { field: 'body', line: 18, message: expect.stringContaining('use <Figure') }],
    ['broken-internal-link', { field: 'body', line: 16, message: 'link /world/2020/01/01/nothing leads to no article' }],
    ['second-h1', { field: 'body', line: 16, message: expect.stringContaining('second h1') }],
    ['no-frontmatter', { field: '(frontmatter)', line: 1, message: expect.stringContaining('must start with a --- fenced YAML block') }],
    ['duplicate-url', { field: 'slug', line: 3, message: 'URL /world/2021/11/05/beta is already taken by content/articles/beta.mdx; give one of them another slug' }],
  ];

  it.each(cases)('%s', (name, expected) => {
    const problem = only(name);
    expect(problem).toMatchObject({ file: `content/articles/${name}.mdx`, severity: 'error', ...expected });
  });

  it('names an unknown field, suggests the known one and reports the one missing', () => {
    expect(problemsFor('unknown-field').map((p) => [p.field, p.line, p.message])).toEqual([
      ['standfirst', 2, 'required'],
      ['standFirst', 4, 'is not a known field; did you mean "standfirst"?'],
    ]);
  });

  it('reports a wrong type for each field that has one', () => {
    const problems = problemsFor('wrong-type');
    expect(problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['headline', 3, 'expected text'],
      ['tags', 8, 'expected a list of tags'],
    ]);
  });

  it('publishes nothing from a tree with errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'masthead-store-'));
    const file = path.join(dir, 'content.db');
    const result = await checkIntoStore({ file, source: withFiles(invalid('unknown-author')), images });
    expect(result.written).toBe(false);
    expect(existsSync(file)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the whole tree is checked in one pass', () => {
  it('reports every problem in every file at once', () => {
    const names = ['missing-field', 'unknown-author', 'expression', 'unknown-component', 'missing-image', 'self-related'];
    const source = withFiles(Object.assign({}, ...names.map(invalid)));
    const { problems } = buildIndex(source, images);
    const byFile = new Map(problems.map((p) => [p.file, p]));
    expect(problems).toHaveLength(names.length);
    for (const name of names) expect(byFile.get(`content/articles/${name}.mdx`)?.line).toBeGreaterThan(0);
  });

  it('checks the authors and sections files', () => {
    const source = withFiles({
      'sections.yaml': '- id: world\n  name: World\n- id: search\n  name: Search\n- id: world\n  name: Again\n',
      'authors.yaml': '- id: world-desk\n  name: World desk\n  kind: robot\n- id: newsroom\n  name: N\n  kind: newsroom\n',
    });
    const { problems } = buildIndex(source, images);
    expect(problems.map(formatProblem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/sections.yaml:3:3 {2}\[1\]\.id {2}"search" is a route of the site itself/),
        expect.stringMatching(/^content\/sections.yaml:5:3 {2}\[2\]\.id {2}"world" is used by more than one section/),
        expect.stringMatching(/^content\/authors.yaml:3:3 {2}\[0\]\.kind {2}expected one of: person, desk, newsroom/),
      ]),
    );
  });

  it('names a missing data file', () => {
    const source: ContentSource = { ...valid, read: (p) => (p === 'authors.yaml' ? undefined : valid.read(p)) };
    const { problems } = buildIndex(source, images);
    expect(problems.map(formatProblem)).toContain('content/authors.yaml  (file)  is missing: authors.yaml must exist in the content folder');
  });

  it('reports broken YAML with its line', () => {
    const text = readFileSync(path.join(fixtures, 'valid/articles/beta.mdx'), 'utf8').replace('id: beta', 'id: beta\nheadline: [unclosed');
    const { problems } = buildIndex(withFiles({ 'articles/beta.mdx': text }), images);
    expect(problems[0]).toMatchObject({ file: 'content/articles/beta.mdx', field: '(frontmatter)', severity: 'error' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });
});

/** A minimal article in the valid fixture newsroom, with frontmatter lines added. */
function article(id: string, extra = '', body = 'Body.'): Record<string, string> {
  return {
    [`articles/${id}.mdx`]: `---
id: ${id}
headline: The ${id} headline
standfirst: The ${id} standfirst.
publishedAt: 2031-01-01T09:00:00+00:00
authors: [world-desk]
section: world
image:
  src: /images/hero.svg
  alt: A grey rectangle
  caption: The ${id} caption
  credit: Fixture graphics
${extra}---

${body}
`,
  };
}

/** One article scheduled for 2031 ("future") and one draft ("unfinished"), checked as of 2026. */
const unpublished = { ...article('future'), ...article('unfinished', 'draft: true\n') };
const checkedAt = new Date('2026-06-01T12:00:00Z');

describe('editorial checks', () => {
  const cases: [string, Partial<ContentProblem>][] = [
    ['hero-too-narrow', { severity: 'error', field: 'image.src', line: 10, message: 'public/images/narrow.svg is 800 px wide; a hero image needs at least 1200 px' }],
    ['empty-alt', { severity: 'error', field: 'image.alt', line: 11, message: 'alt text must not be empty' }],
    ['figure-empty-alt', { severity: 'error', field: '<Figure> alt', line: 18, message: 'must not be empty' }],
    ['alt-equals-caption', { severity: 'warning', field: 'image.alt', line: 11, message: expect.stringContaining('is the same as the caption') }],
    ['figure-alt-equals-caption', { severity: 'warning', field: '<Figure> alt', line: 18, message: expect.stringContaining('is the same as the caption') }],
    ['long-headline', { severity: 'warning', field: 'headline', line: 3, message: expect.stringMatching(/^is 1\d\d characters; keep it within 110/) }],
    ['title-case-headline', { severity: 'warning', field: 'headline', line: 3, message: expect.stringContaining('the newsroom writes headlines in sentence case') }],
    ['long-standfirst', { severity: 'warning', field: 'standfirst', line: 4, message: expect.stringMatching(/^is 3\d\d characters; keep it within 300/) }],
    ['correction-before-published', { severity: 'error', field: 'corrections[0].date', line: 15, message: 'must not be earlier than publishedAt' }],
    ['correction-without-text', { severity: 'error', field: 'corrections[0].text', line: 15, message: 'required' }],
    ['update-note-without-update', { severity: 'error', field: 'updateNote', line: 14, message: expect.stringContaining('needs updatedAt') }],
    ['draft-not-boolean', { severity: 'error', field: 'draft', line: 14, message: 'expected true or false' }],
    ['placeholder-live', { severity: 'error', field: 'standfirst', line: 4, message: expect.stringContaining('still holds the placeholder') }],
  ];

  it.each(cases)('%s', (name, expected) => {
    expect(only(name)).toMatchObject({ file: `content/articles/${name}.mdx`, ...expected });
  });

  it('warns when a caption names the credit the page prints after it, the hero’s and a figure’s', () => {
    const problems = problemsFor('caption-repeats-credit');
    expect(problems.map(({ field, line, severity }) => ({ field, line, severity }))).toEqual([
      { field: 'image.caption', line: 12, severity: 'warning' },
      { field: '<Figure> caption', line: 18, severity: 'warning' },
    ]);
    expect(problems[0]?.message).toContain('leave it out of the caption');
  });

  it('names an unknown field in a correction and the one it lacks', () => {
    expect(problemsFor('correction-unknown-field').map(formatProblem)).toEqual([
      'content/articles/correction-unknown-field.mdx:15:5  corrections[0].text  required',
      'content/articles/correction-unknown-field.mdx:16:5  corrections[0].txt  is not a known field; did you mean "text"?',
    ]);
  });

  it('lets a warning through: the article is still built', () => {
    const { store, problems } = buildIndex(withFiles(invalid('long-headline')), images);
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    expect(store.summaryById('long-headline', everything)).toBeDefined();
  });

  it('accepts placeholders in a draft', () => {
    const draft = readFileSync(path.join(fixtures, 'invalid/placeholder-live.mdx'), 'utf8').replace('tags:', 'draft: true\ntags:');
    expect(buildIndex(withFiles({ 'articles/placeholder-live.mdx': draft }), images).problems).toEqual([]);
  });

  it.each([
    ['also-read-scheduled', '<AlsoRead> id', 18, 1, '"future" is scheduled for 2031-01-01T09:00:00+00:00: the link shows nothing until it is published'],
    ['related-draft', 'related[0]', 14, 11, '"unfinished" is a draft: it is left out of related stories until it is published'],
    ['link-to-scheduled', 'body', 18, 5, 'link /world/2031/01/01/future: "future" is scheduled for 2031-01-01T09:00:00+00:00, so readers get "not found" until it is published'],
  ])('warns when %s points at an article readers cannot see yet', (name, field, line, column, message) => {
    const { problems } = buildIndex(withFiles({ ...invalid(name), ...unpublished }), images, { at: checkedAt });
    expect(problems).toEqual([{ file: `content/articles/${name}.mdx`, line, column, field, message, severity: 'warning' }]);
  });

  it('does not warn once the linked article is published', () => {
    const { problems } = buildIndex(withFiles({ ...invalid('also-read-scheduled'), ...unpublished }), images, { at: new Date('2031-01-02T00:00:00Z') });
    expect(problems).toEqual([]);
  });

  it('does not warn about a draft linking to another unpublished article', () => {
    const source = withFiles({ ...unpublished, ...article('sketch', 'draft: true\nrelated: [future]\n', '<AlsoRead id="unfinished" />') });
    expect(buildIndex(source, images, { at: checkedAt }).problems).toEqual([]);
  });

  it('keeps corrections newest first, the update note and the draft flag', () => {
    const source = withFiles(
      article(
        'corrected',
        [
          'updatedAt: 2031-01-01T12:00:00+00:00',
          'updateNote: adds the ministry statement',
          'corrections:',
          '  - date: 2031-01-02T09:00:00+00:00',
          '    text: The first correction.',
          '  - date: 2031-01-03T09:00:00+00:00',
          '    text: The second correction.',
          '',
        ].join('\n'),
      ),
    );
    const corrected = buildIndex(source, images).store.summaryById('corrected', everything);
    expect(corrected?.corrections.map((c) => c.text)).toEqual(['The second correction.', 'The first correction.']);
    expect(corrected).toMatchObject({ updateNote: 'adds the ministry statement', draft: false });
  });
});

describe('a tree with many different errors', () => {
  const names = ['missing-credit', 'hero-too-narrow', 'expression', 'unknown-also-read', 'correction-before-published', 'broken-internal-link', 'alt-equals-caption'];
  const { problems, store } = buildIndex(withFiles(Object.assign({}, ...names.map(invalid))), images);

  it('reports every one of them in one run, each with its file, line and field', () => {
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/alt-equals-caption.mdx:11:3  image.alt  is the same as the caption, so screen readers read it twice; describe what the image shows instead',
      'content/articles/broken-internal-link.mdx:16:6  body  link /world/2020/01/01/nothing leads to no article',
      'content/articles/correction-before-published.mdx:15:5  corrections[0].date  must not be earlier than publishedAt',
      'content/articles/expression.mdx:16:16  body  expressions in {braces} are not allowed; to show a brace, write \\{',
      'content/articles/hero-too-narrow.mdx:10:3  image.src  public/images/narrow.svg is 800 px wide; a hero image needs at least 1200 px',
      'content/articles/missing-credit.mdx:9:1  image.credit  required',
      'content/articles/unknown-also-read.mdx:18:1  <AlsoRead> id  unknown article id "no-such-article"',
    ]);
  });

  it('keeps the healthy articles for a preview in dev, and finds the broken ones by their URL', () => {
    expect(store.listArticles({}, everything).map((a) => a.id)).toEqual(['alpha', 'beta', 'alt-equals-caption', 'gamma']);
    expect(store.problemsAt('/world/2021/11/01/hero-too-narrow', 'content')?.map((p) => p.file)).toEqual(['content/articles/hero-too-narrow.mdx']);
    expect(store.problemsAt('/world/2021/11/01/missing-credit', 'content')?.map((p) => p.file)).toEqual(['content/articles/missing-credit.mdx']);
    expect(store.problemsAt('/world/2021/11/07/alpha', 'content')).toBeUndefined();
  });
});
