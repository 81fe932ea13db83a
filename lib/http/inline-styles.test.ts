import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineStylesheets, resolveCssUrls } from './inline-styles';

describe('resolveCssUrls', () => {
  const href = '/_next/static/chunks/site.css';

  it('points a relative font URL where it resolves from the stylesheet', () =>
    expect(resolveCssUrls('@font-face{src:url(../media/serif.woff2)format("woff2")}', href)).toBe(
      '@font-face{src:url(/_next/static/media/serif.woff2)format("woff2")}',
    ));
  it('keeps quotes, queries and fragments', () =>
    expect(resolveCssUrls(`a{b:url("../media/a.svg?v=1#x")} c{d:url('e.png')}`, href)).toBe(
      `a{b:url("/_next/static/media/a.svg?v=1#x")} c{d:url('/_next/static/chunks/e.png')}`,
    ));
  it('resolves against a CDN prefix as a full address', () =>
    expect(resolveCssUrls('a{b:url(../media/f.woff2)}', 'https://cdn.example/_next/static/chunks/site.css')).toBe(
      'a{b:url(https://cdn.example/_next/static/media/f.woff2)}',
    ));
  it('leaves absolute, root-relative, data and fragment references alone', () => {
    const css = 'a{b:url(/img.png)} c{d:url(https://x.example/y.png)} e{f:url(data:image/gif;base64,R0lG)} g{h:url(#mask)}';
    expect(resolveCssUrls(css, href)).toBe(css);
  });
});

describe('inlineStylesheets', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'masthead-styles-'));
  mkdirSync(path.join(dist, 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(dist, 'static', 'chunks', 'one.css'), '@font-face{src:url(../media/f.woff2)}body{margin:0}');
  writeFileSync(path.join(dist, 'static', 'chunks', 'two.css'), '.q::before{content:"</style>"}');

  it('reads each file from the build directory, in order, with its URLs resolved', () =>
    expect(inlineStylesheets(['static/chunks/one.css', 'static/chunks/two.css'], '', dist)).toEqual([
      { href: '/_next/static/chunks/one.css', css: '@font-face{src:url(/_next/static/media/f.woff2)}body{margin:0}' },
      { href: '/_next/static/chunks/two.css', css: '.q::before{content:"<\\/style>"}' },
    ]));
  it('names the file it cannot read', () => expect(() => inlineStylesheets(['static/chunks/missing.css'], '', dist)).toThrow(/missing\.css/));
});
