import { describe, expect, it } from 'vitest';
import { markdownToText } from './tokenize';

describe('markdownToText', () => {
  it('keeps words and drops components, link targets and markup', () => {
    const text = markdownToText('## Heading\n\n<AlsoRead id="x" />\n\nSee [the map](/middle-east/map) and **this** at https://example.org/x.');
    expect(text).not.toMatch(/AlsoRead|middle-east|example|\*\*|##/);
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['Heading', 'See', 'the', 'map', 'and', 'this', 'at']);
  });
});
