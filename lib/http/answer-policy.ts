import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { cachePolicy } from './cache-headers';

/**
 * What every answer Next makes carries, settled as its head is written: next.config.js's
 * `headers()` rules give each address its policy, but Next answers some requests before those
 * rules are read (its own redirects for trailing and repeated slashes) and replaces some of
 * their headers (its image optimiser's own Content-Security-Policy), and a rule is written for
 * an address, not for what happened to it. So, whoever made the answer:
 *
 * - every security header the site sends is there, and the Content-Security-Policy is the
 *   site's (frame-ancestors 'none' included; the image optimiser's `sandbox` kept);
 * - an error (5xx) is never kept by any cache, nor a miss of a build file (/_next/…); any other
 *   miss (404), a story taken down (410) and a redirect are kept a minute by shared caches, whatever their address
 *   (cachePolicy.brief). Draft mode stays private.
 */

/** An answer sent in place of the one Next was about to send. */
export interface Replacement {
  status: number;
  /** Name, value, name, value… */
  headers: string[];
  body: Buffer;
}

export type SecurityHeaders = readonly { key: string; value: string }[];

const isRedirect = (status: number) => status >= 300 && status < 400 && status !== 304;

/** Settles the headers of an answer Next is about to send with `status` (see above). */
export function settleHead(request: IncomingMessage, response: ServerResponse, status: number, security: SecurityHeaders): void {
  for (const { key, value } of security) {
    const sent = response.getHeader(key);
    if (sent === undefined) response.setHeader(key, value);
    else if (key === 'Content-Security-Policy' && !String(sent).includes('frame-ancestors')) {
      response.setHeader(key, /\bsandbox\b/.test(String(sent)) ? `${value}; sandbox` : value);
    }
  }
  const draft = /(?:^|;\s*)__prerender_bypass=/.test(request.headers.cookie ?? '');
  // A build's own file that is not there may be one of a newer build than this instance's,
  // during a rolling deploy: another instance has it, so no cache may keep the miss.
  const buildFile = request.url?.startsWith('/_next/') ?? false;
  if (status >= 500 || (status === 404 && buildFile)) response.setHeader('Cache-Control', cachePolicy.never);
  else if (!draft && (status === 404 || status === 410 || isRedirect(status))) response.setHeader('Cache-Control', cachePolicy.brief);
}

/** Headers given to writeHead, set on the response as Node would merge them. */
function mergeHeaders(response: ServerResponse, headers: unknown): void {
  if (Array.isArray(headers)) {
    const pairs: [string, unknown][] = headers.every(Array.isArray)
      ? headers.map((pair: unknown[]) => [String(pair[0]), pair[1]])
      : Array.from({ length: headers.length / 2 }, (_, i) => [String(headers[2 * i]), headers[2 * i + 1]]);
    for (const [name] of pairs) response.removeHeader(name);
    for (const [name, value] of pairs) response.appendHeader(name, typeof value === 'number' ? String(value) : Array.isArray(value) ? value.map(String) : String(value));
  } else if (headers && typeof headers === 'object') {
    const given: OutgoingHttpHeaders = { ...headers };
    for (const [name, value] of Object.entries(given)) if (value !== undefined) response.setHeader(name, value);
  }
}

function callBack(args: unknown[]): void {
  const done = args.find((arg) => typeof arg === 'function');
  if (typeof done === 'function') process.nextTick(() => Reflect.apply(done, undefined, []));
}

/**
 * Calls `decide` once, with the status, just before the head of the answer Next makes is
 * written (by writeHead, or by the first write or end), so it can settle its headers, or give a
 * replacement: then nothing Next writes is sent, and the replacement goes out when Next ends.
 */
export function beforeHead(response: ServerResponse, decide: (status: number) => Replacement | undefined): void {
  let decided = false;
  let replacement: Replacement | undefined;
  let replaced = false;
  const { writeHead, end } = response;
  const settle = (status: number) => {
    if (!decided) {
      decided = true;
      replacement = decide(status);
    }
    return replacement;
  };
  const sendReplacement = (answer: Replacement) => {
    replaced = true;
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    Reflect.apply(writeHead, response, [answer.status, answer.headers]);
    Reflect.apply(end, response, [answer.body]);
  };
  response.writeHead = new Proxy(writeHead, {
    apply(target, self, args: unknown[]) {
      if (decided || response.headersSent) return replacement ? response : Reflect.apply(target, self, args);
      const [status, second, third] = args;
      mergeHeaders(response, typeof second === 'string' ? third : second);
      if (settle(Number(status))) return response;
      return Reflect.apply(target, self, typeof second === 'string' ? [status, second] : [status]);
    },
  });
  response.write = new Proxy(response.write, {
    apply(target, self, args: unknown[]) {
      if (replaced || (!response.headersSent && settle(response.statusCode))) {
        callBack(args);
        return true;
      }
      return Reflect.apply(target, self, args);
    },
  });
  response.end = new Proxy(end, {
    apply(target, self, args: unknown[]) {
      if (!replaced && !response.headersSent) {
        const answer = settle(response.statusCode);
        if (answer) sendReplacement(answer);
      }
      if (replaced) {
        callBack(args);
        return response;
      }
      return Reflect.apply(target, self, args);
    },
  });
}
