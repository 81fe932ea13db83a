import { cachePolicy } from './cache-headers';
import { securityHeaders } from './security-headers';

/** What the server guard (lib/http/server-guard.ts) answers instead of handing the request to Next. */
export interface GuardAnswer {
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
const MAX_PATH_LENGTH = 1024;

/**
 * Paths a host serves in front of Next (Vercel's analytics collector): they may be POSTed to,
 * and Next never sees them there, so nothing here should stand in their way.
 */
const PASS_THROUGH = ['/_vercel/'];

const RANGE = /^bytes=(?:\d+-\d*|-\d+)(?:,\s*(?:\d+-\d*|-\d+))*$/;

/** A plain-text answer with the site's security headers and the cache policy of its kind. */
function plain(status: number, message: string, cacheControl: string, extra: Record<string, string> = {}): GuardAnswer {
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl, ...extra };
  // Answers made here never reach next.config.js's headers(), so the policy is added by hand.
  for (const { key, value } of securityHeaders()) headers[key] = value;
  return { status, body: `${message}\n`, headers };
}

const refuse = (status: number, message: string, extra: Record<string, string> = {}) => plain(status, message, cachePolicy.never, extra);
const notAllowed = () => refuse(405, 'Method not allowed: this site only answers GET and HEAD.', { Allow: 'GET, HEAD' });
const options = (): GuardAnswer => ({ ...refuse(204, '', { Allow: 'GET, HEAD' }), body: null });
const badAddress = () => refuse(400, 'Bad request: the address is not valid.');

/** A permanent redirect to the one spelling of an address (`canonicalTarget`). */
export const movedTo = (location: string): GuardAnswer => plain(308, location, cachePolicy.brief, { Location: location });

/** The miss of a feed, card or sitemap that names nothing: plain, as those routes answer one. */
export const nothingHere = (): GuardAnswer => plain(404, 'Not found', cachePolicy.brief);

const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/**
 * A request target in origin form ("/a/b?q"): the absolute form ("http://host/a/b?q", which
 * HTTP/1.1 lets a client send to any server) is answered for this site, whatever host it
 * names, so nothing an answer says (a redirect's Location) can point at that host.
 */
export function originForm(target: string): string {
  const absolute = ABSOLUTE_FORM.exec(target);
  return absolute ? target.slice(absolute[0].length) || '/' : target;
}

/**
 * The path of a request target as sent, still encoded: the origin form ("/a/b?q"), or the
 * path of the absolute form ("http://host/a/b?q"). Undefined for a target with no path
 * (the authority form of CONNECT, "*", or junk), which Next answers by itself.
 */
function pathOf(target: string): string | undefined {
  const rest = originForm(target);
  if (!rest.startsWith('/')) return undefined;
  return rest.split(/[?#]/, 1)[0];
}

const UNRESERVED = /^[A-Za-z0-9._~-]$/;

/**
 * The one spelling of a path (RFC 3986, section 6.2.2): %-escapes of letters, digits and
 * "-._~" written as those characters, a backslash as the slash browsers read it as, "." and
 * ".." segments resolved, repeated slashes made one. Other escapes are left as sent, and so is
 * a trailing slash, which Next redirects away.
 */
function canonicalPath(path: string): string {
  const plain = path.replaceAll('\\', '/').replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const character = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(character) ? character : escape;
  });
  const segments = plain.split('/').slice(1);
  const out: string[] = [];
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '..') out.pop();
    if (segment === '..' || segment === '.' || segment === '') {
      if (last) out.push('');
    } else {
      out.push(segment);
    }
  });
  return `/${out.join('/')}`;
}

/**
 * Where a target in origin form is answered when its path is spelled otherwise than the one way
 * (`canonicalPath`), query kept: the site answers each page at one address, so every cache
 * keeps one copy of it under the address its rules are written for. Undefined when it is.
 */
export function canonicalTarget(target: string): string | undefined {
  if (!target.startsWith('/')) return undefined;
  const end = target.search(/[?#]/);
  const path = end < 0 ? target : target.slice(0, end);
  const canonical = canonicalPath(path);
  return canonical === path ? undefined : `${canonical}${end < 0 ? '' : target.slice(end).replace(/#.*/, '')}`;
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
export function refusal(method: string, target: string, range?: string): GuardAnswer | undefined {
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
