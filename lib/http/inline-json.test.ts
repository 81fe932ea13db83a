import { describe, expect, it } from 'vitest';
import { inlineJson } from './inline-json';

describe('inline JSON (JSON-LD and other data in the page)', () => {
  const hostile = {
    headline: '</script><script>alert(1)</script>',
    description: 'Tom & Jerry <!-- --> \u2028\u2029 "quoted" \\ back',
    url: 'https://example.org/?a=1&b=<2>',
  };

  it('cannot close its script element or open a comment', () => {
    const json = inlineJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(inlineJson(hostile))).toEqual(hostile);
  });

  it('refuses a value with no JSON form rather than writing "undefined"', () => {
    expect(() => inlineJson(undefined)).toThrow(TypeError);
  });
});
