import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBody } from './body';

// Bodies that arrive through many hands: each fixture in fixtures/hostile/ tries one way to
// run code, load something from elsewhere or send a reader away.
const dir = path.join(__dirname, '..', 'fixtures', 'hostile');
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

});

describe('a hostile article in the newsroom', () => {
  it('stops the content check that `npm run build` runs first, naming file and line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-hostile-'));
    try {
      const root = path.join(__dirname, '..', '..', '..');
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
