import type { FeedFormat } from '../seo/urls';
import { FEED_CONTENT_TYPES } from '../seo/feeds';

export function xmlResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

export function feedResponse(format: FeedFormat, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}

/**
 * A drawn image (the share cards) with the headers these routes have always sent, which are
 * next/og's: browsers check again each time; how long the server keeps a card is the route's
 * `revalidate`. Under `next dev` nothing is kept, so a change shows at once.
 */
export function pngResponse(png: Uint8Array): Response {
  const cacheControl = process.env.NODE_ENV === 'development' ? 'no-cache, no-store' : 'public, max-age=0, must-revalidate';
  // Copied into a view of a plain ArrayBuffer, which is what a Response body may be typed as.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': cacheControl } });
}

export function notFoundResponse(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
