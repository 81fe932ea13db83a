import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invalidatedKeys } from '../../site/surrogate-keys';
import { directorySource, publicImageResolver } from '../source';
import { storeChanges } from './changes';
import { checkIntoStore } from './run';
import { removeNewsrooms, storyFile, writeNewsroom } from '../../../testing/newsroom';

/**
 * A story taken down: recorded in its file (`takedown:` with when, who and why), out of what
 * readers can see, and a link to it from anywhere an error naming file, line and field.
 */

afterAll(removeNewsrooms);

const TAKEDOWN = 'takedown:\n  at: 2021-11-09T09:00:00+00:00\n  by: Legal desk\n  reason: Court order of 8 November\n';
const gone = storyFile('gone', '2021-11-07T09:00:00+00:00', { extra: TAKEDOWN });
const linking = storyFile('linking', '2021-11-08T09:00:00+00:00', { extra: 'related: [gone]\n', body: 'First.\n\n<AlsoRead id="gone" />\n\nSee [the story](/world/2021/11/07/gone).' });

async function checked(articles: Record<string, string>, files: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-takedown-'));
  const file = path.join(dir, 'content.db');
  const result = await checkIntoStore({ file, full: true, source: directorySource(writeNewsroom(articles, { files })), images: publicImageResolver(path.join(process.cwd(), 'public')) });
  return { file, result };
}

describe('a story taken down', () => {
  it('is refused as a related story, an <AlsoRead>, a link in a body and on the front, each with its file, line and field', async () => {
    const { result } = await checked({ gone, linking }, { 'front.yaml': 'lead: gone\n' });
    const errors = result.problems.filter((p) => p.severity === 'error').map((p) => `${path.basename(p.file)}:${p.line ?? '?'} ${p.field}: ${p.message}`);
    expect(errors).toEqual([
      'linking.mdx:14 related[0]: "gone" was taken down on 2021-11-09T09:00:00+00:00: remove the link',
      'linking.mdx:19 <AlsoRead> id: "gone" was taken down on 2021-11-09T09:00:00+00:00: remove the link',
      'linking.mdx:21 body: link /world/2021/11/07/gone: "gone" was taken down on 2021-11-09T09:00:00+00:00: remove the link',
      'front.yaml:1 lead: "gone" was taken down: it cannot be on the front',
    ]);
    expect(result.written).toBe(false);
  });

  it('needs when, who and why', async () => {
    const { result } = await checked({ gone: storyFile('gone', '2021-11-07T09:00:00+00:00', { extra: 'takedown:\n  at: 2021-11-09T09:00:00+00:00\n  by: Legal desk\n' }) });
    expect(result.problems.map((p) => `${p.field}: ${p.message}`)).toContain('takedown.reason: required');
  });

  it('leaves readers at once: published over a store that had it, it touches every list it was in', async () => {
    const before = await checked({ gone: storyFile('gone', '2021-11-07T09:00:00+00:00', { tags: ['Oil'] }) });
    const after = await checked({ gone: storyFile('gone', '2021-11-07T09:00:00+00:00', { tags: ['Oil'], extra: TAKEDOWN }) });
    // Counted with the drafts: in the store, out of every list.
    expect(after.result.counts.drafts).toBe(1);
    const changes = storeChanges(before.file, after.file, new Date('2021-11-09T12:00:00Z'));
    expect(changes.stories.map((s) => [s.before?.visible, s.after?.visible])).toEqual([[true, false]]);
    expect(invalidatedKeys(changes.stories).sort()).toEqual(['article:gone', 'author:world-desk', 'feeds', 'front', 'indexes', 'misses', 'search', 'section:world', 'sitemaps', 'tag:oil']);
  });
});
