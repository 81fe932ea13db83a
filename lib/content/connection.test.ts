import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { directorySource, publicImageResolver } from './source';
import { checkIntoStore } from './store/run';
import { serveNewsroom, servingNewsrooms, storyFile, writeNewsroom } from '../../testing/newsroom';

/**
 * A server follows the store published in place of its own (`npm run content:publish`
 * renames a new file over it): the next question after a second opens the new one. A
 * replacement it cannot read is named in the log, and the server keeps answering from the
 * store it had.
 */

servingNewsrooms();

const first = { first: storyFile('first', '2021-11-07T09:00:00+00:00') };
const both = { ...first, second: storyFile('second', '2021-11-07T10:00:00+00:00') };

/** Writes a store for `articles` beside `file`, then renames it over `file`, as publishing does. */
async function publish(file: string, articles: Record<string, string>): Promise<void> {
  const next = path.join(path.dirname(file), `next-${path.basename(file)}`);
  const result = await checkIntoStore({ file: next, full: true, source: directorySource(writeNewsroom(articles)), images: publicImageResolver(path.join(process.cwd(), 'public')) });
  expect(result.written).toBe(true);
  renameSync(next, file);
}

/** Lets a server's once-a-second look at its store come round. */
const aSecondLater = () => new Promise((resolve) => setTimeout(resolve, 1_100));

const ids = (gateway: typeof import('./index')) => gateway.listArticles().map((a) => a.id);

describe('a server whose store is replaced', () => {
  it('answers from the new store a second later, and keeps the old one when the new cannot be read', async () => {
    const file = await serveNewsroom(writeNewsroom(first));
    const gateway = await import('./index');
    expect(ids(gateway)).toEqual(['first']);

    await publish(file, both);
    await aSecondLater();
    expect(ids(gateway)).toEqual(['second', 'first']);

    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = `${file}.broken`;
    writeFileSync(broken, 'not a database');
    renameSync(broken, file);
    await aSecondLater();
    expect(ids(gateway)).toEqual(['second', 'first']);
    expect(ids(gateway)).toEqual(['second', 'first']);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toContain(`The content store was replaced but cannot be read; still answering from the previous one. The content store ${file} is damaged`);

    await publish(file, first);
    await aSecondLater();
    expect(ids(gateway)).toEqual(['first']);
  });

  it('does not look at the file again within a second', async () => {
    const file = await serveNewsroom(writeNewsroom(first));
    const gateway = await import('./index');
    expect(ids(gateway)).toEqual(['first']);
    await publish(file, both);
    expect(ids(gateway)).toEqual(['first']);
  });
});
