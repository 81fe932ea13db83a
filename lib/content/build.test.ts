import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './build';
import { formatProblem, type ContentProblem } from './problems';
import { directorySource, publicImageResolver, type ContentSource } from './source';

const fixtures = path.join(__dirname, 'fixtures');
const images = publicImageResolver(path.join(fixtures, 'public'));
const valid = directorySource(path.join(fixtures, 'valid'), 'content');

/** The valid fixture newsroom plus extra files, e.g. one invalid article. */
function withFiles(extra: Record<string, string>, base: ContentSource = valid): ContentSource {
  return {
    label: base.label,
    listArticles: () => [...base.listArticles(), ...Object.keys(extra).filter((f) => f.startsWith('articles/'))].sort(),
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
  const { index, problems } = buildIndex(valid, images);

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('lists articles newest first with URLs dated in the newsroom time zone', () => {
    expect(index.articles.map((a) => a.path)).toEqual([
      '/world/2021/11/07/alpha',
      '/world/2021/11/05/beta',
      '/analysis/2021/10/25/gamma',
    ]);
  });

  it('resolves authors, section, tags and the hero image size', () => {
    const alpha = index.byId.get('alpha')!;
    expect(alpha.authors.map((a) => a.name)).toEqual(['World desk', 'Fixture newsroom']);
    expect(alpha.section.name).toBe('World');
    expect(alpha.tags).toEqual([
      { name: 'Iraq', slug: 'iraq' },
      { name: 'Drones', slug: 'drones' },
    ]);
    expect(alpha.image).toMatchObject({ src: '/images/hero.svg', width: 1600, height: 900, credit: 'Fixture graphics' });
    expect(alpha.bodyLine).toBe(17);
  });

  it('indexes articles by tag and section', () => {
    expect(index.byTag.get('iraq')).toEqual(['alpha', 'beta']);
    expect(index.bySection.get('analysis')).toEqual(['gamma']);
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

  it('publishes nothing from a tree with errors', () => {
    expect(buildIndex(withFiles(invalid('unknown-author')), images).index.articles).toEqual([]);
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
