import { describe, expect, it } from 'vitest';
import { checkArticle } from '../check/article';
import { markdownToText } from '../search/tokenize';
import { liveBlogRefusal, scaffoldLiveBlog, scaffoldUpdate, updateRefusal } from './scaffold';
import { checkUpdateFile } from './schema';

const section = { id: 'middle-east', name: 'Middle East' };
const authors = [{ id: 'middle-east-desk', name: 'Middle East desk', kind: 'desk' as const }];
const AT = new Date('2021-11-07T00:20:00Z');

describe('npm run new -- --live', () => {
  const blog = scaffoldLiveBlog({ headline: 'Drone attack in Baghdad: live', section: 'middle-east', at: AT }, { authors }, section);

  it('starts a draft live blog in its own folder, dated now in the newsroom’s time', () => {
    expect(blog.file).toBe('live/drone-attack-in-baghdad-live/index.mdx');
    expect(blog.path).toBe('/middle-east/2021/11/07/drone-attack-in-baghdad-live');
    expect(blog.text).toContain('publishedAt: 2021-11-07T00:20:00+00:00');
  });

  it('passes the content check as a draft, and names every placeholder left in once it is not one', () => {
    expect(checkArticle(blog.text, markdownToText, 'live').problems.filter((p) => p.severity === 'error')).toEqual([]);
    const published = checkArticle(blog.text.replace('draft: true\n', ''), markdownToText, 'live');
    expect(published.problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(['standfirst', 'image.alt', 'image.caption', 'image.credit', 'image.src', 'body', 'keyPoints[0]']);
  });

  it('refuses an id a live blog already has', () => {
    const request = { headline: 'Drone attack in Baghdad: live', section: 'middle-east', at: AT };
    expect(liveBlogRefusal(request, { sections: [section], authors, hasArticle: () => false }, (f) => f === 'live/drone-attack-in-baghdad-live')).toMatch(/already exists/);
  });
});

describe('npm run new -- --update', () => {
  it('names the file by the minute and the title, so the check finds its time and name agree', () => {
    const update = scaffoldUpdate({ blog: 'night', title: 'Kadhimi calls for calm', author: 'middle-east-desk', at: AT });
    expect(update.file).toBe('live/night/updates/2021-11-07T0020-kadhimi-calls-for-calm.mdx');
    const checked = checkUpdateFile(update.text, update.file, markdownToText);
    expect(checked.update).toMatchObject({ id: '2021-11-07T0020-kadhimi-calls-for-calm', at: '2021-11-07T00:20:00+00:00', title: 'Kadhimi calls for calm', author: 'middle-east-desk' });
    // Only the placeholder stands between the new file and publication.
    expect(checked.problems.map((p) => p.message)).toEqual(['still holds the placeholder "TO FILL IN" from `npm run new`; replace it before the update is published']);
  });

  it('gives two untitled updates of the same minute two names', () => {
    const names = new Set(Array.from({ length: 20 }, () => scaffoldUpdate({ blog: 'night', at: AT }).file));
    expect(names.size).toBe(20);
    for (const name of names) expect(name).toMatch(/^live\/night\/updates\/2021-11-07T0020-update-[0-9a-f]{6}\.mdx$/);
  });

  it('refuses a live blog that does not exist and an unknown author', () => {
    const exists = (f: string) => f === 'live/night/index.mdx';
    expect(updateRefusal({ blog: 'day', at: AT }, authors, exists)).toBe('no live blog "day" (live/day/index.mdx does not exist)');
    expect(updateRefusal({ blog: 'night', author: 'sports-desk', at: AT }, authors, exists)).toBe('unknown author "sports-desk" (known: middle-east-desk)');
    expect(updateRefusal({ blog: 'night', title: 'Calm', at: AT }, authors, exists)).toBeUndefined();
  });
});
