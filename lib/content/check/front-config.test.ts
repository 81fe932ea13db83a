import { describe, expect, it } from 'vitest';
import { parseFrontConfig } from './front-config';

const FILE = 'content/front.yaml';
const ids = new Set(['lead-story', 'second-story', 'third-story']);

describe('parseFrontConfig', () => {
  it('lets the newest story lead when there is no file or it is empty', () => {
    expect(parseFrontConfig(undefined, FILE, ids)).toEqual({ config: { pinned: [] }, problems: [] });
    expect(parseFrontConfig('# nothing yet\n', FILE, ids)).toEqual({ config: { pinned: [] }, problems: [] });
  });

  it('reads a lead and pinned stories', () => {
    const { config, problems } = parseFrontConfig('lead: lead-story\npinned: [third-story, second-story]\n', FILE, ids);
    expect(problems).toEqual([]);
    expect(config).toEqual({ lead: 'lead-story', pinned: ['third-story', 'second-story'] });
  });

  it('names file, line and field for every problem at once', () => {
    const text = 'lead: no-such-story\npinned:\n  - second-story\n  - lead-story\n  - second-story\n  - Bad Id\n';
    const { config, problems } = parseFrontConfig(text, FILE, ids);
    expect(config).toEqual({ pinned: [] });
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([[FILE, 6, 'pinned[3]']]);
    expect(problems[0]?.message).toMatch(/article id/);
  });

  it('checks ids against the articles that exist', () => {
    const text = 'lead: no-such-story\npinned:\n  - second-story\n  - no-such-story\n  - second-story\n';
    const { problems } = parseFrontConfig(text, FILE, ids);
    expect(problems.map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([
      '1 lead unknown article id "no-such-story"',
      '4 pinned[1] unknown article id "no-such-story"',
      '5 pinned[2] "second-story" is listed twice',
    ]);
  });

  it('rejects a story pinned below itself as lead', () => {
    const { problems } = parseFrontConfig('lead: lead-story\npinned: [lead-story]\n', FILE, ids);
    expect(problems.map((p) => p.field)).toEqual(['pinned[0]']);
  });

  it('rejects unknown fields, wrong types and broken YAML', () => {
    expect(parseFrontConfig('led: lead-story\n', FILE, ids).problems).toMatchObject([{ line: 1, field: 'led', message: expect.stringMatching(/not a known field/) }]);
    expect(parseFrontConfig('pinned: lead-story\n', FILE, ids).problems).toMatchObject([{ field: 'pinned', message: 'expected a list of article ids' }]);
    expect(parseFrontConfig('lead: [unclosed\n', FILE, ids).problems[0]).toMatchObject({ file: FILE, field: '(yaml)' });
  });
});

describe('the breaking strip in front.yaml', () => {
  const paths = new Set(['/middle-east/2021/11/07/kadhimi-drone-attack-live']);
  const strip = 'breaking:\n  text: Drone attack on the prime minister’s home\n  url: /middle-east/2021/11/07/kadhimi-drone-attack-live\n  expires: 2021-11-10T00:00:00+03:00\n';

  it('is read with its text, story and expiry', () => {
    const { config, problems } = parseFrontConfig(`lead: lead-story\n${strip}`, FILE, ids, paths);
    expect(problems).toEqual([]);
    expect(config.breaking).toEqual({ text: 'Drone attack on the prime minister’s home', url: '/middle-east/2021/11/07/kadhimi-drone-attack-live', expires: '2021-11-10T00:00:00+03:00' });
  });

  it('names the line of a story that does not exist, a missing expiry and an unknown field', () => {
    const gone = parseFrontConfig(strip.replace('drone-attack-live', 'drone-attack'), FILE, ids, paths);
    expect(gone.problems.map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual(['3 breaking.url /middle-east/2021/11/07/kadhimi-drone-attack leads to no story']);
    const text = 'breaking:\n  text: Words\n  url: /middle-east/2021/11/07/kadhimi-drone-attack-live\n  colour: red\n';
    expect(parseFrontConfig(text, FILE, ids, paths).problems.map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([
      '1 breaking.expires expected an ISO 8601 date-time in quotes or plain, e.g. 2021-11-07T09:30:00+03:00',
      '4 breaking.colour is not a known field (known: text, url, expires)',
    ]);
  });
});
