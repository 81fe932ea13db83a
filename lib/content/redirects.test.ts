import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { directorySource, publicImageResolver, type ContentSource } from './source';
import { checkInMemory } from './store/run';

const fixtures = path.join(__dirname, 'fixtures');
const images = publicImageResolver(path.join(fixtures, 'public'));
const valid = directorySource(path.join(fixtures, 'valid'), 'content');
const buildIndex = (source: ContentSource, imageFiles = images) => checkInMemory({ source, images: imageFiles });
const everything = { at: new Date('2100-01-01T00:00:00Z'), preview: true };

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
    const { store, problems } = buildIndex(withRedirects({ alpha: '[/analysis/2021/11/06/old-alpha]' }), images);
    expect(problems).toEqual([]);
    expect(store.summaryById('alpha', everything)?.redirectFrom).toEqual(['/analysis/2021/11/06/old-alpha']);
    expect(store.summaryById('beta', everything)?.redirectFrom).toEqual([]);
    expect(store.summaryByFormerPath('/analysis/2021/11/06/old-alpha', everything)?.id).toBe('alpha');
  });

  it('must be site paths of an article’s shape', () => {
    for (const bad of ['[https://example.org/x]', '[/world/2021/11/06/x/]', '[/world/x]', '["/world/2021/11/06/x?a=1"]']) {
      expect(messages({ alpha: bad }), bad).toEqual([expect.stringMatching(/redirectFrom\[0\]: expected a former article path/)]);
    }
  });

  it('must not be a live article’s URL, its own URL, a route of the site, or claimed twice', () => {
    const { store } = buildIndex(valid, images);
    const alpha = store.summaryById('alpha', everything)?.path ?? '';
    const beta = store.summaryById('beta', everything)?.path ?? '';
    expect(messages({ alpha: `[${alpha}]` })).toEqual([expect.stringContaining("redirectFrom[0]: is this article's own URL")]);
    expect(messages({ alpha: `[${beta}]` })).toEqual([expect.stringContaining(`redirectFrom[0]: ${beta} is the URL of a live article`)]);
    expect(messages({ alpha: '[/tags/2021/11/06/x]' })).toEqual([expect.stringContaining('"tags" is a route of the site itself')]);
    expect(messages({ alpha: '[/world/2021/01/01/old]', beta: '[/world/2021/01/01/old]' })).toEqual([
      expect.stringMatching(/beta\.mdx redirectFrom\[0\]: \/world\/2021\/01\/01\/old already redirects to .*alpha\.mdx/),
    ]);
  });
});
