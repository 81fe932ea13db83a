import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseBody } from './body';

const text = (markdown: string) => toString(parseBody(markdown));

describe('typography in the body', () => {
  it('curls quotes, pairing them across links and emphasis, and keeps decades and code apart', () => {
    expect(text(`He said "it's [a 'quoted' link](/x) and **"bold"**."`)).toBe('He said “it’s a ‘quoted’ link and “bold”.”');
    expect(text("The '80s, as `\"code\"` has it.")).toBe('The ’80s, as "code" has it.');
    expect(text('"Quote at the start," she said.\n\n"Another block."')).toBe('“Quote at the start,” she said.“Another block.”');
  });

  it('sets dashes and ellipses', () => {
    expect(text('Wait -- or not. Then... and . . . so on.')).toBe('Wait — or not. Then… and … so on.');
  });

  it('leaves an Arabic body its own punctuation and quotation marks, and still sets its dashes', () => {
    expect(text('قال الكاظمي: «أنا بخير»، فهل انتهى الخطر؟ لا؛ "ليس بعد" -- قال مسؤول.')).toBe('قال الكاظمي: «أنا بخير»، فهل انتهى الخطر؟ لا؛ "ليس بعد" — قال مسؤول.');
  });

  it('leaves text with nothing to change as it is', () => {
    expect(text('Plain words, no quotes: 1.5 per cent.')).toBe('Plain words, no quotes: 1.5 per cent.');
  });
});
