import type { FeedFormat } from '../seo/urls';
import { FEED_CONTENT_TYPES } from '../seo/feeds';

export function xmlResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

export function feedResponse(format: FeedFormat, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}

export function notFoundResponse(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
