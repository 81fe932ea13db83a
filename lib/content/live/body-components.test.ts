import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../check/body';
import { galleryContentProblems, richBodyComponents } from './body-components';

function gallery(body: string): MdxJsxFlowElement {
  const node = parseBody(body).children[0];
  if (node?.type !== 'mdxJsxFlowElement' || node.name !== 'Gallery') throw new Error('expected a <Gallery> first');
  return node;
}

const figure = (n: number) => `<Figure src="/images/p${n}.png" alt="Picture ${n}" caption="Caption ${n}" credit="Masthead" />`;

describe('<Gallery> content', () => {
  it('accepts Figures on lines of their own, with or without blank lines between them', () => {
    expect(galleryContentProblems(gallery(`<Gallery caption="Two">\n${figure(1)}\n${figure(2)}\n</Gallery>\n`))).toEqual([]);
    expect(galleryContentProblems(gallery(`<Gallery>\n\n${figure(1)}\n\n${figure(2)}\n\n</Gallery>\n`))).toEqual([]);
  });

  it('refuses text or other components inside, naming their lines', () => {
    const node = gallery(`<Gallery>\n${figure(1)}\n\nSome words.\n\n<AlsoRead id="x" />\n${figure(2)}\n</Gallery>\n`);
    expect(galleryContentProblems(node)).toEqual([
      { line: 4, column: 1, message: 'only <Figure … /> lines may stand between <Gallery> and </Gallery>' },
      { line: 6, column: 1, message: 'only <Figure … /> lines may stand between <Gallery> and </Gallery>' },
    ]);
  });

  it('holds 2 to 12 pictures', () => {
    expect(galleryContentProblems(gallery(`<Gallery>\n${figure(1)}\n</Gallery>\n`))).toEqual([
      { line: 1, column: 1, message: 'a gallery holds 2 to 12 <Figure>s; this one has 1' },
    ]);
    const thirteen = Array.from({ length: 13 }, (_, i) => figure(i)).join('\n');
    expect(galleryContentProblems(gallery(`<Gallery>\n${thirteen}\n</Gallery>\n`))).toEqual([
      { line: 1, column: 1, message: 'a gallery holds 2 to 12 <Figure>s; this one has 13' },
    ]);
  });
});

describe('attribute checks of the new components', () => {
  it('refuses an Embed of an unknown provider or without https, and a pull quote past 300 characters', () => {
    const { Embed, PullQuote } = richBodyComponents;
    expect(Embed.attributes.url.check('https://youtu.be/dQw4w9WgXcQ')).toBeUndefined();
    expect(Embed.attributes.url.check('http://youtu.be/dQw4w9WgXcQ')).toBe('"http://youtu.be/dQw4w9WgXcQ" must start with https://');
    expect(Embed.attributes.url.check('https://example.org/video/1')).toMatch(/^"example.org" is not a provider that can be embedded/);
    expect(PullQuote.attributes.quote.check('x'.repeat(300))).toBeUndefined();
    expect(PullQuote.attributes.quote.check('x'.repeat(301))).toBe('a pull quote is at most 300 characters');
  });

  it('asks for the caption an embed’s card and frame title are made of', () => {
    expect(Object.entries(richBodyComponents.Embed.attributes).map(([name, spec]) => [name, spec.required])).toEqual([
      ['url', true],
      ['caption', true],
      ['credit', false],
    ]);
  });
});
