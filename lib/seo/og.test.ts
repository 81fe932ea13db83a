import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_FONT_FAMILY, cardText } from './og';

describe('cardText', () => {
  it('keeps Latin and Arabic, with their punctuation and both kinds of digits', () => {
    expect(cardText('Iraq’s “Green Zone” — 7 November 2021')).toBe('Iraq’s “Green Zone” — 7 November 2021');
    expect(cardText('هل ينجو الكاظمي؟ نعم، ٧ تشرين الثاني')).toBe('هل ينجو الكاظمي؟ نعم، ٧ تشرين الثاني');
    expect(cardText('مسيَّرة')).toBe('مسيَّرة');
  });

  it('drops what neither face draws, and puts the text on one line', () => {
    expect(cardText('Baghdad 🚁 巴格达\n  drone')).toBe('Baghdad drone');
  });
});

describe('the card faces', () => {
  afterEach(() => vi.resetModules());

  it('are tried Latin first, then Arabic', () => {
    expect(CARD_FONT_FAMILY).toBe('"Source Serif 4", "Noto Naskh Arabic"');
  });

  it('name the file that is missing when they cannot be registered', async () => {
    vi.resetModules();
    vi.spyOn(process, 'cwd').mockReturnValue('/no/such/server');
    const { registerCardFonts } = await import('./og');
    expect(() => registerCardFonts()).toThrow(
      'Share cards cannot be drawn: the font file /no/such/server/node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2 is missing or unreadable',
    );
  });
});
