import { describe, expect, it } from 'vitest';
import { slugify } from './schema';

describe('tag slugs', () => {
  it('fold Latin letters to lowercase ASCII, as English tags always had them', () => {
    expect(slugify('Kataib Hezbollah')).toBe('kataib-hezbollah');
    expect(slugify('Côte d’Ivoire')).toBe('cote-divoire');
    expect(slugify('  Iraq: election 2021! ')).toBe('iraq-election-2021');
  });

  it('keep Arabic letters as written, joined by hyphens, with Western digits beside them', () => {
    expect(slugify('الانتخابات العراقية 2021')).toBe('الانتخابات-العراقية-2021');
    expect(slugify('مصطفى الكاظمي')).toBe('مصطفى-الكاظمي');
  });

  it('keep the shadda and the hamza: a drone and a march are two topics', () => {
    const drones = slugify('هجمات بالطائرات المسيّرة');
    const march = slugify('هجمات بالطائرات المسيرة');
    expect(drones).not.toBe(march);
    expect(drones).toContain('\u0651');
    expect(slugify('إيران')).toBe('إيران');
    expect(slugify('الأمن')).not.toBe(slugify('الامن'));
  });

  it('compose what is written decomposed, so one tag has one address', () => {
    // Alef followed by a combining hamza above is the same letter as أ.
    expect(slugify('\u0627\u0654من')).toBe(slugify('أمن'));
  });

  it('drop the tatweel and split words at Arabic punctuation', () => {
    expect(slugify('العـــراق')).toBe('العراق');
    expect(slugify('العراق، إيران')).toBe('العراق-إيران');
  });

  it('leave nothing of punctuation alone', () => {
    expect(slugify('«»،؟')).toBe('');
  });
});
