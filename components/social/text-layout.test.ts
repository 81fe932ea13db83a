import { describe, expect, it } from 'vitest';
import { cardCanvas } from './canvas';
import { HEADLINE, fitHeadline, fitLine, setType, wrapLines } from './text-layout';

const english = () => cardCanvas(10, 10, { lang: 'en-GB', dir: 'ltr' }).ctx;
const arabic = () => cardCanvas(10, 10, { lang: 'ar', dir: 'rtl' }).ctx;

const LONG = 'Iraqi Prime Minister Unhurt After Drone Attack on His Baghdad Home';
const ARABIC_LONG = 'رئيس الوزراء العراقي مصطفى الكاظمي ينجو من هجوم بطائرة مسيّرة على منزله في المنطقة الخضراء';

describe('wrapLines', () => {
  it.each([
    ['English', english, LONG],
    ['Arabic', arabic, ARABIC_LONG],
  ])('breaks %s between words, each line as full as the measure allows', (_, context, text) => {
    const ctx = context();
    setType(ctx, { size: 60, weight: 700 });
    const lines = wrapLines(ctx, text, 700);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const [i, line] of lines.entries()) {
      expect(ctx.measureText(line).width).toBeLessThanOrEqual(700);
      const next = lines[i + 1]?.split(' ')[0];
      if (next) expect(ctx.measureText(`${line} ${next}`).width).toBeGreaterThan(700);
    }
  });

  it('breaks a word too long for any line between characters, and loses none', () => {
    const ctx = english();
    setType(ctx, { size: 40, weight: 700 });
    const word = 'https://example.org/a/very/long/address/that/no/line/can/hold/whole';
    const lines = wrapLines(ctx, `See ${word} now`, 300);
    expect(lines.join('').replaceAll(' ', '')).toBe(`See${word}now`);
    for (const line of lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(300);
  });
});

describe('fitLine', () => {
  it('keeps a line that fits, and cuts one that does not after a word, with an ellipsis', () => {
    const ctx = english();
    setType(ctx, { size: 30, weight: 400 });
    expect(fitLine(ctx, '7 November 2021', 1000)).toBe('7 November 2021');
    const cut = fitLine(ctx, LONG, 400);
    expect(cut).toMatch(/^Iraqi Prime [A-Za-z ]+…$/);
    expect(LONG.startsWith(cut.slice(0, -1))).toBe(true);
    expect(ctx.measureText(cut).width).toBeLessThanOrEqual(400);
  });
});

describe('fitHeadline', () => {
  const box = { width: 1056, height: 338 };

  it('sets a short headline on one line at the largest size', () => {
    expect(fitHeadline(english(), 'Middle East', box)).toMatchObject({ size: 68, lines: ['Middle East'] });
  });

  it('sets a longer one as large as it goes in at most three lines', () => {
    expect(fitHeadline(english(), LONG, box)).toMatchObject({ size: 68, lines: ['Iraqi Prime Minister Unhurt', 'After Drone Attack on His', 'Baghdad Home'] });
    const ctx = english();
    const narrow = { width: 600, height: 1000 };
    const layout = fitHeadline(ctx, LONG, narrow);
    expect(layout.size).toBeLessThan(68);
    expect(layout.lines).toHaveLength(3);
    for (const line of layout.lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(narrow.width);
    setType(ctx, { size: layout.size + HEADLINE.step, weight: 700 });
    expect(wrapLines(ctx, LONG, narrow.width).length).toBeGreaterThan(3);
  });

  it('gives Arabic taller lines than Latin at the same size, so marks and descenders do not touch', () => {
    const latin = fitHeadline(english(), 'Middle East', box);
    const naskh = fitHeadline(arabic(), 'أنقذ الكاظمي', box);
    expect(latin.pitch).toBeCloseTo(68 * 1.12, 5);
    expect(naskh.size).toBe(68);
    expect(naskh.pitch).toBeGreaterThan(latin.pitch * 1.1);
  });

  it('cuts a headline too long for the box at the smallest size, ending it with an ellipsis', () => {
    const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const layout = fitHeadline(english(), text, { width: 500, height: 150 });
    expect(layout.size).toBe(40);
    expect(layout.lines.length * layout.pitch).toBeLessThanOrEqual(150);
    expect(layout.lines.at(-1)).toMatch(/…$/);
    expect(layout.lines.join(' ').slice(0, -1)).toBe(text.slice(0, layout.lines.join(' ').length - 1));
  });
});

describe('the renderer', () => {
  it('spaces out Latin letters but not joined Arabic ones, so the kicker’s tracking needs no exception for Arabic', () => {
    const spread = (ctx: ReturnType<typeof english>, word: string) => {
      setType(ctx, { size: 80, weight: 700 });
      ctx.letterSpacing = '0px';
      const tight = ctx.measureText(word).width;
      ctx.letterSpacing = '8px';
      return ctx.measureText(word).width - tight;
    };
    expect(spread(english(), 'Middle')).toBeCloseTo(6 * 8, 0);
    expect(spread(arabic(), 'الأوسط')).toBeLessThanOrEqual(8);
  });
});
