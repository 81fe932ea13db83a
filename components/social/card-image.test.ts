import { describe, expect, it, vi } from 'vitest';
import type { Card } from '@/lib/routes/cards';
import { cardImage, cardRoute, logoImage } from './card-image';

const card: Card = { lang: 'ar', dir: 'rtl', kicker: 'العراق', headline: 'الكاظمي يلتقي Biden في 26 تموز', siteName: 'Masthead' };

/** The PNG signature, then the IHDR chunk's width and height. */
function pngSize(png: Buffer): { signature: string; width: number; height: number } {
  return { signature: png.subarray(0, 8).toString('hex'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const PNG_SIGNATURE = '89504e470d0a1a0a';

describe('a share card', () => {
  it('is a 1200×630 PNG, kept as the site’s rule for /og/ says (no header of its own to replace it)', async () => {
    const response = await cardImage(card);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBeNull();
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ signature: PNG_SIGNATURE, width: 1200, height: 630 });
  });

  it('is not kept at all under next dev', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect((await cardImage(card)).headers.get('cache-control')).toBe('no-cache, no-store');
  });

  it('answers 404 in plain text where there is no card', async () => {
    const route = cardRoute(async () => undefined);
    const response = await route(new Request('http://localhost/og/articles/no-such-story.png'), { params: Promise.resolve({ file: 'no-such-story.png' }) });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});

describe('the logo', () => {
  it('is a 512×512 PNG', async () => {
    const response = await logoImage();
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ signature: PNG_SIGNATURE, width: 512, height: 512 });
  });
});
