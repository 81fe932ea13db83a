/**
 * What a share card costs to draw: the first one in a process (the renderer's native addon
 * loaded, the fonts registered), then the time to lay out and draw, and to encode the PNG, of
 * English and Arabic cards, and the process's memory before, during and after. For
 * measurement, not pass/fail: nothing here asserts a time (docs/decisions/0016).
 *
 *   npx tsx scripts/bench-cards.ts               200 cards of each language
 *   npx tsx scripts/bench-cards.ts --cards 1000
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { drawSocialCard } from '../components/social/social-card';
import type { Card } from '../lib/routes/cards';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '200' } } });
const count = Number(values.cards);
if (!Number.isInteger(count) || count < 1) throw new Error(`--cards takes a positive whole number, got "${values.cards}"`);

const CARDS: [string, Card][] = [
  ['English', { lang: 'en-GB', dir: 'ltr', kicker: 'Middle East', headline: 'Iraqi Prime Minister Unhurt After Drone Attack on His Baghdad Home', siteName: 'Masthead', footnote: '7 November 2021' }],
  ['Arabic', { lang: 'ar', dir: 'rtl', kicker: 'الشرق الأوسط', headline: 'رئيس الوزراء العراقي مصطفى الكاظمي ينجو من هجوم بطائرة مسيّرة على منزله في المنطقة الخضراء', siteName: 'Masthead', footnote: '٧ تشرين الثاني ٢٠٢١' }],
];

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  console.log(`Resident memory at start: ${mib(process.memoryUsage().rss)}`);
  const started = performance.now();
  const [, firstCard] = CARDS[0]!;
  await drawSocialCard(firstCard).encode('png');
  console.log(`First card (addon loaded, fonts registered): ${ms(performance.now() - started)}; resident memory ${mib(process.memoryUsage().rss)}`);

  for (const [language, card] of CARDS) {
    const draw: number[] = [];
    const encode: number[] = [];
    let bytes = 0;
    for (let i = 0; i < count; i += 1) {
      // A different headline each time, so nothing is measured from a cache.
      const t0 = performance.now();
      const canvas = drawSocialCard({ ...card, headline: `${card.headline} ${i}` });
      const t1 = performance.now();
      bytes += (await canvas.encode('png')).length;
      draw.push(t1 - t0);
      encode.push(performance.now() - t1);
    }
    const total = draw.map((d, i) => d + (encode[i] ?? 0)).sort((a, b) => a - b);
    draw.sort((a, b) => a - b);
    encode.sort((a, b) => a - b);
    console.log(
      `${language}, ${count} cards: layout and drawing median ${ms(percentile(draw, 0.5))}, PNG encoding median ${ms(percentile(encode, 0.5))}; ` +
        `a card in all median ${ms(percentile(total, 0.5))}, p95 ${ms(percentile(total, 0.95))}; PNG ${(bytes / count / 1024).toFixed(0)} KiB on average; ` +
        `resident memory ${mib(process.memoryUsage().rss)}`,
    );
  }
}

void main();
