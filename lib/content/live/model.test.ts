import { describe, expect, it } from 'vitest';
import { updateHeadline } from './model';
import { formatUpdateDay, formatUpdateTime } from '../../site/dates';

describe('updateHeadline', () => {
  const at = '2021-11-07T03:20:00+03:00';
  it('is the title when the update has one', () => {
    expect(updateHeadline({ title: 'Prime minister unhurt', text: 'Long text. More.', at })).toBe('Prime minister unhurt');
  });

  it('is the first sentence of an untitled update', () => {
    expect(updateHeadline({ text: '  Explosions were heard\nin the Green Zone. Sirens followed. ', at })).toBe('Explosions were heard in the Green Zone.');
    expect(updateHeadline({ text: 'No full stop at all', at })).toBe('No full stop at all');
    expect(updateHeadline({ text: 'The U.S.A. is not split at an abbreviation? It is.', at })).toBe('The U.S.A. is not split at an abbreviation?');
  });

  it('cuts a long first sentence at a word, within 110 characters', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const headline = updateHeadline({ text: `${words}.`, at });
    expect(headline).toBe('word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16…');
    expect(headline.length).toBeLessThanOrEqual(110);
  });

  it('falls back to the time for an update with no text', () => {
    expect(updateHeadline({ text: ' ', at })).toBe('Update at 00:20 GMT');
  });
});

describe('update times', () => {
  it('are printed in the newsroom’s zone, summer and winter', () => {
    expect(formatUpdateTime('2021-11-07T03:20:00+03:00')).toBe('00:20 GMT');
    expect(formatUpdateTime('2021-07-07T03:20:00+03:00')).toBe('01:20 BST');
    expect(formatUpdateDay('2021-11-07T03:20:00+03:00')).toBe('Sun 7 Nov');
    expect(formatUpdateDay('2021-11-07T02:59:00+03:00')).toBe('Sat 6 Nov');
  });
});
