import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A live blog written into a content tree for the browser tests that need more than the
 * sample's: updates every eight minutes from `start`, written in Baghdad's time as editors there
 * write them, every fifth with a title, all signed by the Middle East desk.
 */
export interface TestLiveBlog {
  id: string;
  headline: string;
  /** With its offset; dates the address. */
  start: string;
  updates: number;
  closedAt?: string;
}

export function writeLiveBlog(root: string, { id, headline, start, updates, closedAt }: TestLiveBlog): void {
  const dir = path.join(root, 'live', id);
  mkdirSync(path.join(dir, 'updates'), { recursive: true });
  writeFileSync(
    path.join(dir, 'index.mdx'),
    [
      '---',
      `id: ${id}`,
      `headline: ${headline}`,
      'standfirst: Gales have shut the port since the morning. Follow the closures, the ships waiting offshore and the reopening.',
      `publishedAt: ${start}`,
      ...(closedAt ? [`closedAt: ${closedAt}`] : []),
      'authors: [middle-east-desk]',
      'section: middle-east',
      'tags: [Iraq, Basra]',
      'image:',
      '  src: /images/green-zone-map.png',
      '  alt: Schematic map of a city centre on a river bend',
      '  caption: The port lies on the Shatt al-Arab.',
      '  credit: Masthead graphics',
      'keyPoints:',
      '  - The harbour master closed the port to all shipping at ten in the morning.',
      '  - Ships are waiting at anchor offshore until the wind drops.',
      '---',
      '',
      'The Middle East desk follows the storm as it crosses the port.',
      '',
    ].join('\n'),
  );
  for (let n = 1; n <= updates; n++) {
    const local = new Date(Date.parse(start) + n * 8 * 60_000 + 3 * 3_600_000).toISOString().slice(0, 16);
    const title = n % 5 === 0 ? `title: Gale report number ${n / 5}\n` : '';
    writeFileSync(
      path.join(dir, 'updates', `${local.replace(':', '')}-report-${n}.mdx`),
      `---\nat: ${local}:00+03:00\n${title}author: middle-east-desk\n---\n\nThe harbour master's report number ${n}: the wind is still too strong for the cranes.\n`,
    );
  }
}
