import { securityHeaders } from './security-headers';

/** What the server guard (lib/http/server-guard.ts) answers instead of handing the request to Next. */
export interface Refusal {
  status: number;
  body: string | null;
  headers: Record<string, string>;
}

/** The site is read-only: pages, feeds and files are fetched, never written. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * The Fetch standard forbids these methods, so no Request can be made for them: Next, which
 * turns every request into one, would fail inside the framework with a 500.
 */
const UNREPRESENTABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** Paths longer than any the site makes; the longest article URL is well under this. */
export const MAX_PATH_LENGTH = 1024;

/**
 * Paths a host serves in front of Next (Vercel's analytics collector): they may be POSTed to,
 * and Next never sees them there, so nothing here should stand in their way.
 */
const PASS_THROUGH = ['/_vercel/'];

const RANGE = /^bytes=(?:\d+-\d*|-\d+)(?:,\s*(?:\d+-\d*|-\d+))*$/;

function refuse(status: number, message: string, extra: Record<string, string> = {}): Refusal {
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra };
  // Answers made here never reach next.config.js's headers(), so the policy is added by hand.
  for (const { key, value } of securityHeaders()) headers[key] = value;
  return { status, body: `${message}\n`, headers };
}

const notAllowed = () => refuse(405, 'Method not allowed: this site only answers GET and HEAD.', { Allow: 'GET, HEAD' });
const options = (): Refusal => ({ ...refuse(204, '', { Allow: 'GET, HEAD' }), body: null });
const badAddress = () => refuse(400, 'Bad request: the address is not valid.');

/**
 * The path of a request target as sent, still encoded: the origin form ("/a/b?q"), or the
 * path of the absolute form ("http://host/a/b?q"). Undefined for a target with no path
 * (the authority form of CONNECT, "*", or junk), which Next answers by itself.
 */
function pathOf(target: string): string | undefined {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target);
  const rest = absolute ? target.slice(absolute[0].length) || '/' : target;
  if (!rest.startsWith('/')) return undefined;
  return rest.split(/[?#]/, 1)[0];
}

function decodes(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Why a request is refused before Next sees it, or undefined to let it through: methods the
 * site does not take, targets that do not decode or carry control characters, over-long
 * addresses and malformed Range headers. Without this, Next answers a malformed %-escape or a
 * POST to a public file with a 500.
 *
 * @param target the request line's target exactly as sent
 * @param range the Range header, if any
 */
export function refusal(method: string, target: string, range?: string): Refusal | undefined {
  if (UNREPRESENTABLE_METHODS.has(method.toUpperCase())) return notAllowed();
  // The asterisk form asks about the server as a whole; only OPTIONS may use it.
  if (target === '*') return method === 'OPTIONS' ? options() : badAddress();
  const path = pathOf(target);
  if (path !== undefined && PASS_THROUGH.some((prefix) => path.startsWith(prefix))) return undefined;
  if (!READ_METHODS.has(method)) return method === 'OPTIONS' ? options() : notAllowed();
  if (path === undefined) return undefined;
  if (path.length > MAX_PATH_LENGTH) return refuse(414, 'Address too long.');
  const decoded = decodes(path);
  if (decoded === undefined || /[\u0000-\u001f\u007f]/.test(decoded)) return badAddress();
  if (range !== undefined && !RANGE.test(range)) return refuse(416, 'Range not satisfiable.');
  return undefined;
}
