import { describe, expect, it } from 'vitest';
import { element, escapeXml, stripInvalidXmlChars, W3C_DATETIME, w3cDatetime } from './xml';
import { at, parseXml, text } from '../../testing/xml';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('drops characters XML 1.0 cannot carry but keeps tabs, newlines and astral characters', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0007c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(stripInvalidXmlChars('tab\tline\nemoji 📰')).toBe('tab\tline\nemoji 📰');
  });

  it('round-trips hostile text through a real parser', () => {
    const hostile = 'A ]]> B </loc> & <![CDATA[ x ]]> "q"\u0001 end';
    const doc = parseXml(`<?xml version="1.0"?>${element('root', [element('value', hostile)])}`);
    expect(text(at(doc, 'root', 'value'))).toBe('A ]]> B </loc> & <![CDATA[ x ]]> "q" end');
  });
});

describe('w3cDatetime', () => {
  it('keeps content dates with their offset and normalises anything else to UTC', () => {
    expect(w3cDatetime('2021-11-07T09:00:00+03:00')).toBe('2021-11-07T09:00:00+03:00');
    expect(w3cDatetime('2021-11-07T09:00+03:00')).toBe('2021-11-07T09:00+03:00');
    expect(w3cDatetime('Sun, 07 Nov 2021 06:00:00 GMT')).toBe('2021-11-07T06:00:00.000Z');
    expect(W3C_DATETIME.test('2021-11-07T09:00:00')).toBe(false);
  });
});
