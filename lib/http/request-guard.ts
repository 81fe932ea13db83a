import { securityHeaders } from './security-headers';

/** What proxy.ts answers instead of routing the request. */
export interface Refusal {
  status: number;
  body: string | null;
  headers: Record<string, string>;
}

/** The site is read-only: pages, feeds and files are fetched, never written. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/** Paths longer than any the site makes; the longest article URL is well under this. */
export const MAX_PATH_LENGTH = 1024;

/**
 * Paths a host serves in front of Next (Vercel's analytics collector): they may be POSTed to,
 * and Next never sees them there, so nothing here should stand in their way.
 */
const PASS_THROUGH = ['/_vercel/'];

export function refuse(status: number, message: string, extra: Record<string, string> = {}): Refusal {
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra };
  // Responses made here skip next.config.js's headers(), so the policy is added by hand.
  for (const { key, value } of securityHeaders()) headers[key] = value;
  return { status, body: `${message}\n`, headers };
}

function decodes(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** Why a request is refused, or undefined to let it through. `pathname` is as received, still encoded. */
export function refusal(method: string, pathname: string, headers: Headers): Refusal | undefined {
  if (PASS_THROUGH.some((prefix) => pathname.startsWith(prefix))) return undefined;
  if (!READ_METHODS.has(method)) {
    if (method === 'OPTIONS') return { ...refuse(204, '', { Allow: 'GET, HEAD' }), body: null };
    return refuse(405, 'Method not allowed: this site only answers GET and HEAD.', { Allow: 'GET, HEAD' });
  }
  if (pathname.length > MAX_PATH_LENGTH) return refuse(414, 'Address too long.');
  const decoded = decodes(pathname);
  if (decoded === undefined || /[\u0000-\u001f\u007f]/.test(decoded)) {
    return refuse(400, 'Bad request: the address is not valid.');
  }
  const range = headers.get('range');
  if (range !== null && !/^bytes=(?:\d+-\d*|-\d+)(?:,\s*(?:\d+-\d*|-\d+))*$/.test(range)) {
    return refuse(416, 'Range not satisfiable.');
  }
  return undefined;
}

/**
 * The Fetch standard forbids these methods, so no Request can be made for them: Next,
 * which hands proxy.ts a Request, would fail inside the framework with a 500.
 */
const UNREPRESENTABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * What the server answers before Next sees the request (lib/http/server-guard.ts): requests
 * that Next cannot turn into a Request and URL. `target` is the request line's target as sent.
 */
export function serverRefusal(method: string, target: string): Refusal | undefined {
  if (UNREPRESENTABLE_METHODS.has(method.toUpperCase())) {
    return refuse(405, 'Method not allowed: this site only answers GET and HEAD.', { Allow: 'GET, HEAD' });
  }
  // The asterisk form asks about the server as a whole; only OPTIONS may use it.
  if (target === '*') {
    return method === 'OPTIONS' ? { ...refuse(204, '', { Allow: 'GET, HEAD' }), body: null } : refuse(400, 'Bad request: the address is not valid.');
  }
  return undefined;
}
