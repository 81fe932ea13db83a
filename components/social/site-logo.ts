import type { Canvas } from '@napi-rs/canvas';
import type { LogoCard } from '@/lib/routes/cards';
import { cardText } from '@/lib/seo/og';
import { LOGO } from '@/lib/seo/urls';
import { ACCENT, cardCanvas } from './canvas';
import { lineBox, setType } from './text-layout';

const LETTER_SIZE = 340;

/** The square logo for structured data and feeds: the site name's first letter, white on the house red. */
export function drawSiteLogo(logo: LogoCard): Canvas {
  const { width, height } = LOGO;
  const { canvas, ctx } = cardCanvas(width, height, logo);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, width, height);
  setType(ctx, { size: LETTER_SIZE, weight: 700 });
  const { ascent, descent } = lineBox(ctx);
  const [initial] = new Intl.Segmenter(logo.lang, { granularity: 'grapheme' }).segment(cardText(logo.siteName));
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.fillText(initial?.segment ?? '', width / 2, (height - ascent - descent) / 2 + ascent);
  return canvas;
}
