import { readdirSync } from 'node:fs';
import { authors, publishedAt, sections } from './content-files';

/**
 * The answer each hostile request must get, worked out from HTTP's and the site's documented
 * rules and from the content files, never from the site's own request guard. The order of the
 * rules is the order in which the layers answer: Node's HTTP parser, the site's refusals
 * (SECURITY.md), Next's address normalisation, then the pages.
 */

/**
 * A status code; 'closed' when the server can only drop the connection; or, for a head far
 * past the limit, a 431 that the client may not get to read before the connection drops.
 */
export type Answer = number | 'closed' | '431 or closed';

interface Request {
  method: string;
  target: string;
  headers: [string, string][];
}

/** Methods Node's HTTP parser reads; any other (or a lower-case one) is a 400 before the site sees it. */
const PARSED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND']);
/** Node's limit for a request's head (request line and headers). */
const MAX_HEAD_BYTES = 16 * 1024;
/** A head this large may still be being sent when the server answers 431 and closes: the client may see only the close. */
const DROPPED_HEAD_BYTES = 64 * 1024;
/** The longest path the site answers (SECURITY.md). */
const MAX_PATH_LENGTH = 1024;
/** Stories on one page of a list or of search results. */
const PAGE_SIZE = 20;

const PUBLIC_FILES = new Set(readdirSync('public/images').map((f) => `/images/${f}`));

/** Every page, feed, sitemap and file the sample newsroom serves at the suite's clock. */
function sitePages(): Set<string> {
  const articles = publishedAt();
  const pages = new Set(['/', '/tags', '/authors', '/search', '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt']);
  for (const file of ['articles-1', 'sections', 'tags', 'authors']) pages.add(`/sitemaps/${file}.xml`);
  for (const f of ['/og/site.png', '/og/logo.png', ...PUBLIC_FILES]) pages.add(f);
  for (const s of sections) {
    for (const p of [`/${s.id}`, `/${s.id}/feed.xml`, `/${s.id}/atom.xml`, `/${s.id}/feed.json`, `/og/sections/${s.id}.png`]) pages.add(p);
  }
  for (const a of articles) {
    pages.add(a.path);
    pages.add(`/og/articles/${a.id}.png`);
    for (const t of a.tags) pages.add(`/tags/${t.slug}`);
    for (const au of a.authors) pages.add(`/authors/${au.id}`);
  }
  return pages;
}

let pages: Set<string> | undefined;

/** How many stories a list front holds, for its page numbers; undefined when there is no such list. */
function listLength(list: string): number | undefined {
  const articles = publishedAt();
  const [, kind = '', id = ''] = list.split('/');
  if (kind === 'tags') return articles.filter((a) => a.tags.some((t) => t.slug === id)).length || undefined;
  if (kind === 'authors') return authors.some((au) => au.id === id) ? articles.filter((a) => a.authors.some((au) => au.id === id)).length || undefined : undefined;
  if (!id && sections.some((s) => s.id === kind)) return articles.filter((a) => a.section.id === kind).length;
  return undefined;
}

/**
 * The one spelling of a path (RFC 3986, section 6.2.2): escapes of letters, digits and "-._~"
 * written plain, a backslash as a slash (as browsers read it), "." and ".." segments resolved,
 * repeated slashes made one. A trailing slash is kept (Next redirects it away).
 */
function oneSpelling(pathname: string): string {
  const plain = pathname.replaceAll('\\', '/').replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => (/^[A-Za-z0-9._~-]$/.test(String.fromCharCode(parseInt(hex, 16))) ? String.fromCharCode(parseInt(hex, 16)) : escape));
  const out: string[] = [];
  const segments = plain.split('/').slice(1);
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

function split(target: string): { pathname: string; query: string } {
  const [beforeFragment = ''] = target.split('#');
  const [pathname = '', query = ''] = beforeFragment.split(/\?(.*)/s);
  return { pathname, query };
}

function decodes(pathname: string): boolean {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

/** What a GET of an address that passed every check answers: the page, a redirect or the 404. */
function pageAnswer(pathname: string, query: string): number {
  pages ??= sitePages();
  if (pathname !== '/' && pathname.endsWith('/')) return 308;
  if (publishedAt().some((a) => a.redirectFrom.includes(pathname))) return 308;
  if (pathname === '/search') {
    const page = new URLSearchParams(query).getAll('page')[0];
    // Every search in the sample newsroom fits on its first page.
    return page === undefined || page === '' || page === '1' ? 200 : 404;
  }
  const paged = /^(\/.+)\/page\/([^/]+)$/.exec(pathname);
  if (paged) {
    const length = listLength(paged[1] ?? '');
    const n = /^[1-9]\d*$/.test(paged[2] ?? '') ? Number(paged[2]) : undefined;
    if (length === undefined || n === undefined) return 404;
    if (n === 1) return 308;
    return (n - 1) * PAGE_SIZE < length ? 200 : 404;
  }
  return pages.has(pathname) ? 200 : 404;
}

export function expectedAnswer({ method, target, headers }: Request): Answer {
  // An absolute-form target is answered for this site, as its path (SECURITY.md).
  const { pathname, query } = split(target.replace(/^https?:\/\/[^/?#]*/, '') || '/');
  const head = `${method} ${target} HTTP/1.1\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}`;
  // Node's HTTP parser.
  if (method === 'CONNECT') return 'closed';
  if (Buffer.byteLength(head) > DROPPED_HEAD_BYTES) return '431 or closed';
  if (!PARSED_METHODS.has(method)) return 400;
  if (Buffer.byteLength(head) > MAX_HEAD_BYTES) return 431;
  if (headers.some(([, v]) => /[\u0000-\u0008\u000a-\u001f\u007f]/.test(v))) return 400;
  if (/[^\u0021-\u007e]/.test(target)) return 400;
  // The site's refusals and the asterisk form.
  if (target === '*') return method === 'OPTIONS' ? 204 : 400;
  if (!target.startsWith('/') && !/^https?:\/\//.test(target)) return 400;
  if (method === 'OPTIONS') return 204;
  if (method !== 'GET' && method !== 'HEAD') return 405;
  if (pathname.length > MAX_PATH_LENGTH) return 414;
  if (!decodes(pathname)) return 400;
  const range = headers.find(([k]) => k.toLowerCase() === 'range')?.[1];
  if (range !== undefined && !/^bytes=(?:\d+-\d*|-\d+)(?:,\s*(?:\d+-\d*|-\d+))*$/.test(range)) return 416;
  // A path spelled otherwise than the one way is redirected to that spelling.
  if (oneSpelling(pathname) !== pathname) return 308;
  // A request for the App Router's RSC form is sent to the address with its cache-busting query;
  // files are served as they are, and an address that names nothing is answered 404 before
  // Next reads the request's headers.
  const answer = pageAnswer(pathname, query);
  if (headers.some(([k]) => k === 'RSC') && !PUBLIC_FILES.has(pathname) && answer !== 404) return 307;
  return answer;
}
