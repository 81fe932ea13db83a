import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkBody } from '@/lib/content/check/body';
import { ArticleBody } from './ArticleBody';

// The renderer's side of the hostile bodies the checker refuses (lib/content/check/hostile.test.ts).
const fixture = (name: string) => readFileSync(path.join(process.cwd(), 'lib/content/fixtures/hostile', `${name}.mdx`), 'utf8');

function render(body: string): string {
  const { tree } = checkBody(body);
  return renderToStaticMarkup(
    createElement(ArticleBody, { tree, linked: {}, images: {} }),
  );
}

describe('an article body, rendered', () => {
  it('renders escaped markup as text: no element, attribute or handler gets through', () => {
    const body = fixture('escaped-text');
    expect(checkBody(body).problems).toEqual([]);
    const html = render(body);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const tags = html.replace(/"[^"]*"/g, '""').match(/<[^>]+>/g) ?? [];
    expect(tags.filter((t) => /^<\/?(?:script|img)\b|\son\w+=/i.test(t))).toEqual([]);
    expect(html).toContain('href="https://example.org/?q=%22%3E%3Cscript%3E"');
  });

  it('renders even an unchecked tree without raw HTML, scripts or javascript: links', () => {
    // Defence in depth: if a tree ever skipped the checker, the renderer still drops it all.
    const html = render(
      '<script>alert(1)</script>\n\nText <b onclick="x">bold</b>.\n\n<iframe src="https://evil.example/" />\n\n<AlsoRead id="x" onclick="alert(1)" />\n',
    );
    expect(html).not.toMatch(/script|iframe|<b\b|onclick|evil/i);
    expect(html).toContain('Text .');
  });
});
