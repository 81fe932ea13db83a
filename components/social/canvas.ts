import type { CSSProperties } from 'react';
import { CARD_FONT_FAMILY } from '@/lib/seo/og';

/** The house red: the logo's ground, the card's rule and kicker. */
export const ACCENT = '#a3112e';

/** What every image drawn with next/og starts from: the whole canvas, laid out by flexbox (its renderer knows no other layout), in the card face. */
export const canvas: CSSProperties = { width: '100%', height: '100%', display: 'flex', fontFamily: CARD_FONT_FAMILY };
