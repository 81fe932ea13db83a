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
  ])('rejects %s', (_, body, message) => {
    const { problems } = checkBody(body);
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
  });
});
