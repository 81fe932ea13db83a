import type { FeedFormat } from '../seo/urls';
import { FEED_CONTENT_TYPES } from '../seo/feeds';

export function xmlResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

export function feedResponse(format: FeedFormat, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}

/**
 * A drawn image (the share cards). Its cache policy is the site's rule for /og/
 * (lib/http/cache-headers.js), which a header of the response's own would replace; under
 * `next dev`, which has no such rules, nothing is kept, so a change shows at once.
 */
export function pngResponse(png: Uint8Array): Response {
  const headers: Record<string, string> = { 'Content-Type': 'image/png' };
  if (process.env.NODE_ENV === 'development') headers['Cache-Control'] = 'no-cache, no-store';
  // Copied into a view of a plain ArrayBuffer, which is what a Response body may be typed as.
  return new Response(new Uint8Array(png), { headers });
}

export function notFoundResponse(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
