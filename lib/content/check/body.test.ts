import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { checkBody, parseBody } from './body';

describe('article bodies', () => {
  it('sets typographic quotes, dashes and ellipses', () => {
    const text = toString(parseBody('He said "calm and restraint" -- it\'s an "act of terrorism [...]"...'));
    expect(text).toBe('He said “calm and restraint” — it’s an “act of terrorism […]”…');
  });

  it('parses GitHub-flavoured Markdown', () => {
    const tree = parseBody('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~');
    expect(tree.children.map((n) => n.type)).toEqual(['table', 'paragraph']);
  });

  it('collects references for cross-checks and counts words', () => {
    const checked = checkBody('One two three [four](/world/x).\n\n<AlsoRead id="other" />\n\n<Figure src="/images/a.svg" alt="a" caption="c" credit="k" />\n', 10);
    expect(checked.problems).toEqual([]);
    expect(checked.alsoRead).toEqual([{ position: { line: 12, column: 1 }, value: 'other' }]);
    expect(checked.images.map((i) => i.value)).toEqual(['/images/a.svg']);
    expect(checked.internalLinks.map((i) => i.value)).toEqual(['/world/x']);
    expect(checked.wordCount).toBe(4);
  });

  it('accepts embeds, pull quotes and galleries, checking a gallery’s figures as figures', () => {
    const body = [
      'Intro.',
      '',
      '<Embed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" caption="The statement" credit="Iraqi state TV" />',
      '',
      '<PullQuote quote="I am fine." by="Mustafa al-Kadhimi" />',
      '',
      '<Gallery caption="The residence">',
      '<Figure src="/images/a.png" alt="A door" caption="The door" credit="k" />',
      '<Figure src="/images/b.png" alt="A stair" caption="The stair" credit="k" />',
      '</Gallery>',
      '',
    ].join('\n');
    const checked = checkBody(body, 5);
    expect(checked.problems).toEqual([]);
    expect(checked.embeds).toEqual([{ position: { line: 7, column: 1 }, value: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }]);
    expect(checked.images.map((i) => [i.value, i.position.line])).toEqual([
      ['/images/a.png', 12],
      ['/images/b.png', 13],
    ]);
  });

  it('names the line of each problem inside a gallery and of a bad embed', () => {
    const body = 'Intro.\n\n<Gallery>\n<Figure src="/images/a.png" alt="a" caption="c" />\n\nWords.\n\n</Gallery>\n\n<Embed url="https://vimeo.com/showcase/1" caption="c" />\n';
    // Each message cut at 40 characters.
    const problems = checkBody(body, 20).problems.map((p) => [p.position.line, p.field, p.message.slice(0, 40)]);
    expect(problems).toEqual([
      [22, '<Gallery>', 'a gallery holds 2 to 12 <Figure>s; this '],
      [25, '<Gallery>', 'only <Figure … /> lines may stand betwee'],
      [23, '<Figure> credit', 'required'],
      [29, '<Embed> url', 'Vimeo link "https://vimeo.com/showcase/1'],
    ]);
  });

  it.each([
    ['an event handler element', '<img src="x" onerror="alert(1)" />', 'is not an allowed component'],
    ['an iframe', '<iframe src="https://example.org" />', 'is not an allowed component'],
    ['an inline component', 'Text <AlsoRead id="x" /> more.', 'must stand on a line of its own'],
    ['a component with children', '<AlsoRead id="x">text</AlsoRead>', 'takes no content'],
    ['an unknown attribute', '<AlsoRead id="x" onClick="y" />', 'is not an attribute of <AlsoRead>'],
    ['a spread', '<AlsoRead {...props} />', 'spread attributes'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'is not allowed'],
    ['a fragment', '<>text</>', 'fragments'],
    ['a missing required attribute', '<Figure src="/images/a.svg" alt="a" caption="c" />', 'required'],
    ['a bad credit URL', '<Figure src="/images/a.svg" alt="a" caption="c" credit="k" creditUrl="javascript:x" />', 'expected an http(s) URL'],
    ['an unclosed tag', '<AlsoRead id="x"', 'cannot be read as MDX'],
    ['an embed of a site that is not a provider', '<Embed url="https://example.org/clip/1" caption="c" />', '"example.org" is not a provider that can be embedded'],
    ['an embed over plain http', '<Embed url="http://www.youtube.com/watch?v=dQw4w9WgXcQ" caption="c" />', 'must start with https://'],
    ['an embed without its caption', '<Embed url="https://youtu.be/dQw4w9WgXcQ" />', 'required'],
    ['a pull quote without who said it', '<PullQuote quote="Words." />', 'required'],
    ['a gallery of one picture', '<Gallery>\n<Figure src="/images/a.svg" alt="a" caption="c" credit="k" />\n</Gallery>', 'a gallery holds 2 to 12'],
    ['a figure with content', '<Figure src="/images/a.svg" alt="a" caption="c" credit="k">x</Figure>', 'takes no content'],
  ])('rejects %s', (_, body, message) => {
    const { problems } = checkBody(body);
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
  });
});
