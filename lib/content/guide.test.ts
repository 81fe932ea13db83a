import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakingSchema } from './breaking';
import { liveUpdateFrontmatterSchema } from './live/schema';
import { bodyComponents } from './check/body';
import { editorGuide } from './guide';
import { parseYaml } from './check/frontmatter';
import { articleFrontmatterSchema, correctionSchema, heroImageSchema } from './check/schema';

describe('the editor guide', () => {
  const guide = editorGuide();

  it('is what content/README.md says (run npx tsx scripts/editor-guide.ts after changing the schema)', () => {
    expect(readFileSync(path.join(__dirname, '..', '..', 'content', 'README.md'), 'utf8')).toBe(guide);
  });

  it('has a row for every field, saying whether it is required', () => {
    for (const key of Object.keys(articleFrontmatterSchema.shape)) expect(guide).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm'));
    for (const key of Object.keys(heroImageSchema.shape)) expect(guide).toContain(`| \`image.${key}\` |`);
    for (const key of Object.keys(correctionSchema.shape)) expect(guide).toContain(`| \`corrections[].${key}\` |`);
    expect(guide).toMatch(/^\| `headline` \| text \| yes \|/m);
    expect(guide).toMatch(/^\| `draft` \| true or false \| no \|/m);
    expect(guide).toMatch(/^\| `image.creditUrl` \| http\(s\) URL \| no \|/m);
  });

  it('tells editors how to check again in full and how a pull request shows problems', () => {
    expect(guide).toContain('npm run content:check -- --full');
    expect(guide).toContain('npm run content:check -- --format github');
  });

  it('documents every field of a live blog, of an update and of the breaking strip', () => {
    for (const key of ['closedAt', 'keyPoints', 'pinned']) expect(guide).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm'));
    for (const key of Object.keys(liveUpdateFrontmatterSchema.shape)) expect(guide).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm'));
    for (const key of Object.keys(breakingSchema.shape)) expect(guide).toContain(`| \`breaking.${key}\` |`);
    expect(guide).toMatch(/^\| `at` \| date-time with offset \| yes \|/m);
    expect(guide).toContain('npm run new -- --update ');
  });

  it('has an example of every component', () => {
    for (const [name, spec] of Object.entries(bodyComponents)) {
      expect(guide).toContain(`### <${name}>`);
      expect(guide).toContain(spec.example);
    }
  });

  it('gives a complete example that the schema accepts', () => {
    const yaml = /```yaml\n---\n([\s\S]*?)---\n```/.exec(guide)?.[1] ?? '';
    const parsed = articleFrontmatterSchema.safeParse(parseYaml(yaml).data);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
