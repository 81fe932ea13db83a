import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './build';
import { directorySource, publicImageResolver, type ContentSource } from './source';

const fixtures = path.join(__dirname, 'fixtures');
const images = publicImageResolver(path.join(fixtures, 'public'));
const valid = directorySource(path.join(fixtures, 'valid'), 'content');

/** The valid fixture newsroom with `redirectFrom` lines added to articles' frontmatter. */
function withRedirects(lines: Record<string, string>): ContentSource {
  return {
    ...valid,
    read: (p) => {
      const text = valid.read(p);
      const id = /^articles\/(.+)\.mdx$/.exec(p)?.[1];
      const extra = id ? lines[id] : undefined;
      return text && extra ? text.replace(/\n---\n/, `\nredirectFrom: ${extra}\n---\n`) : text;
    },
  };
}

const messages = (lines: Record<string, string>) =>
  buildIndex(withRedirects(lines), images).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);

describe('former URLs (redirectFrom)', () => {
  it('are kept on the article when they are free article paths', () => {
    const { index, problems } = buildIndex(withRedirects({ alpha: '[/analysis/2021/11/06/old-alpha]' }), images);
    expect(problems).toEqual([]);
    expect(index.byId.get('alpha')?.redirectFrom).toEqual(['/analysis/2021/11/06/old-alpha']);
    expect(index.byId.get('beta')?.redirectFrom).toEqual([]);
  });

  it('must be site paths of an article’s shape', () => {
    for (const bad of ['[https://example.org/x]', '[/world/2021/11/06/x/]', '[/world/x]', '["/world/2021/11/06/x?a=1"]']) {
      expect(messages({ alpha: bad }), bad).toEqual([expect.stringMatching(/redirectFrom\[0\]: expected a former article path/)]);
    }
  });

  it('must not be a live article’s URL, its own URL, a route of the site, or claimed twice', () => {
    const { index } = buildIndex(valid, images);
    const alpha = index.byId.get('alpha')?.path ?? '';
    const beta = index.byId.get('beta')?.path ?? '';
    expect(messages({ alpha: `[${alpha}]` })).toEqual([expect.stringContaining("redirectFrom[0]: is this article's own URL")]);
    expect(messages({ alpha: `[${beta}]` })).toEqual([expect.stringContaining(`redirectFrom[0]: ${beta} is the URL of a live article`)]);
    expect(messages({ alpha: '[/tags/2021/11/06/x]' })).toEqual([expect.stringContaining('"tags" is a route of the site itself')]);
    expect(messages({ alpha: '[/world/2021/01/01/old]', beta: '[/world/2021/01/01/old]' })).toEqual([
      expect.stringMatching(/beta\.mdx redirectFrom\[0\]: \/world\/2021\/01\/01\/old already redirects to .*alpha\.mdx/),
    ]);
  });
});
