import { describe, expect, it } from 'vitest';
import { formatGithubAnnotations, type ContentProblem } from './problems';

describe('problems as GitHub Actions annotations', () => {
  it('puts each on its file, line and column, errors as ::error and warnings as ::warning', () => {
    const problems: ContentProblem[] = [
      { file: 'content/articles/b.mdx', line: 3, column: 1, field: 'headline', message: 'is 130 characters; keep it within 110', severity: 'warning' },
      { file: 'content/articles/a.mdx', line: 10, column: 3, field: 'image.src', message: 'no image at public/images/x.png', severity: 'error' },
      { file: 'content/authors.yaml', field: '(file)', message: 'is missing: authors.yaml must exist in the content folder', severity: 'error' },
    ];
    expect(formatGithubAnnotations(problems, (p) => `site/${p}`).split('\n')).toEqual([
      '::error file=site/content/articles/a.mdx,line=10,col=3,title=image.src::no image at public/images/x.png',
      '::warning file=site/content/articles/b.mdx,line=3,col=1,title=headline::is 130 characters; keep it within 110',
      '::error file=site/content/authors.yaml,title=(file)::is missing: authors.yaml must exist in the content folder',
    ]);
  });

  it('escapes what would end a property or the command: %, CR and LF everywhere, and : and , in properties', () => {
    const problem: ContentProblem = {
      file: 'content/articles/100%, a:b.mdx',
      line: 2,
      column: 5,
      field: 'related[0], x: y',
      message: 'one: two, 50% done\r\nthen ::error fake::',
      severity: 'error',
    };
    expect(formatGithubAnnotations([problem])).toBe(
      '::error file=content/articles/100%25%2C a%3Ab.mdx,line=2,col=5,title=related[0]%2C x%3A y::one: two, 50%25 done%0D%0Athen ::error fake::',
    );
  });
});
