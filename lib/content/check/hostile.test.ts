import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/ArticleBody';
import { inlineJson } from '@/lib/inline-json';
import { checkBody } from './body';

// Bodies that arrive through many hands: each fixture in fixtures/hostile/ tries one way to
// run code, load something from elsewhere or send a reader away.
const dir = path.join(__dirname, 'fixtures', 'hostile');
const fixture = (name: string) => readFileSync(path.join(dir, `${name}.mdx`), 'utf8');

const refused: [string, string][] = [
  ['script-element', 'is not an allowed component'],
  ['inline-script', 'is not an allowed component'],
  ['svg-script', 'is not an allowed component'],
  ['event-handler', 'is not an allowed component'],
  ['onclick-div', 'is not an allowed component'],
  ['handler-on-component', 'is not an attribute of <AlsoRead>'],
  ['javascript-link', 'is not allowed'],
  ['javascript-link-mixed-case', 'is not allowed'],
  ['javascript-reference-link', 'link "javascript:alert(1)" is not allowed'],
  ['data-reference-link', 'is not allowed'],
  ['data-link', 'is not allowed'],
  ['vbscript-link', 'is not allowed'],
  ['backslash-link', 'is not allowed'],
  ['protocol-relative-link', 'is not allowed'],
  ['raw-anchor', 'is not an allowed component'],
  ['iframe', 'is not an allowed component'],
  ['object', 'is not an allowed component'],
  ['style-element', 'is not an allowed component'],
  ['link-element', 'is not an allowed component'],
  ['meta-refresh', 'is not an allowed component'],
  ['base-element', 'is not an allowed component'],
  ['form-element', 'is not an allowed component'],
  ['html-comment', 'cannot be read as MDX'],
  ['figure-javascript-src', 'expected a path under /images/'],
  ['figure-remote-src', 'expected a path under /images/'],
  ['figure-traversal-src', 'expected a path under /images/'],
  ['figure-data-credit', 'expected an http(s) URL'],
  ['expression-attribute', '{expressions} are not allowed'],
  ['expression', 'expressions in {braces} are not allowed'],
  ['import', 'import and export are not allowed'],
];

function render(body: string): string {
  const { tree } = checkBody(body);
  return renderToStaticMarkup(
    createElement(ArticleBody, { tree, linked: {}, images: {} }),
  );
}

describe('hostile article bodies', () => {
  it('has a test for every fixture', () => {
    const files = readdirSync(dir).map((f) => f.replace(/\.mdx$/, ''));
    expect(files.sort()).toEqual([...refused.map(([name]) => name), 'escaped-text'].sort());
  });

  it.each(refused)('refuses %s, naming the problem', (name, message) => {
    const { problems } = checkBody(fixture(name));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
    expect(problems.every((p) => p.position.line >= 1)).toBe(true);
  });

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

describe('a hostile article in the newsroom', () => {
  it('stops the content check that `npm run build` runs first, naming file and line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-hostile-'));
    try {
      const root = path.join(__dirname, '..', '..');
      cpSync(path.join(root, 'content'), dir, { recursive: true });
      const article = readFileSync(path.join(root, 'content/articles/kadhimi-survives-drone-attack.mdx'), 'utf8');
      const [, frontmatter = ''] = article.split('---\n');
      const hostileFrontmatter = frontmatter.replace(/^id: .*$/m, 'id: a-hostile-story');
      writeFileSync(path.join(dir, 'articles/a-hostile-story.mdx'), `---\n${hostileFrontmatter}---\n\n${fixture('javascript-reference-link')}`);
      const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/content-check.ts'], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: 'utf8',
      });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toMatch(/a-hostile-story\.mdx:\d+:\d+.*javascript:alert\(1\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

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
