import { describe, expect, it } from 'vitest';
import { activeBreaking, breakingSchema } from './breaking';

const strip = {
  text: 'Drone attack on the prime minister’s residence in Baghdad',
  url: '/middle-east/2021/11/07/kadhimi-drone-attack-live',
  expires: '2021-11-07T12:00:00+03:00',
};

describe('activeBreaking', () => {
  it('shows the strip until it expires, then never again', () => {
    expect(activeBreaking({ breaking: strip }, new Date('2021-11-07T08:59:59Z'))).toEqual(strip);
    expect(activeBreaking({ breaking: strip }, new Date('2021-11-07T09:00:00Z'))).toBeUndefined();
    expect(activeBreaking({ breaking: strip }, new Date('2021-11-08T00:00:00Z'))).toBeUndefined();
  });

  it('shows nothing when editors set none', () => {
    expect(activeBreaking({}, new Date('2021-11-07T00:00:00Z'))).toBeUndefined();
  });
});

describe('breakingSchema', () => {
  const messages = (value: unknown) => {
    const parsed = breakingSchema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts text, a site path and an expiry with an offset', () => {
    expect(messages(strip)).toEqual([]);
  });

  it('refuses what the strip cannot show or link safely', () => {
    expect(messages({ ...strip, text: ' ', url: 'https://example.org/story', expires: '2021-11-07 12:00' })).toEqual([
      'text: text must not be empty',
      'url: expected the path of a story on this site, e.g. /middle-east/2021/11/07/kadhimi-drone-attack-live (no host, query or spaces)',
      'expires: expected an ISO 8601 date-time with an offset, e.g. 2021-11-07T09:30:00+03:00',
    ]);
    for (const url of ['//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/story?utm=1', '/a b']) {
      expect(messages({ ...strip, url })).toHaveLength(1);
    }
    expect(messages({ ...strip, text: 'x'.repeat(121) })).toEqual(['text: at most 120 characters: the strip is one line on a phone']);
    expect(messages({ text: strip.text, url: strip.url })).toEqual(['expires: expected an ISO 8601 date-time in quotes or plain, e.g. 2021-11-07T09:30:00+03:00']);
    expect(messages({ ...strip, colour: 'red' })).toEqual([': Unrecognized key: "colour"']);
  });
});
