import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Duplex } from 'node:stream';
import { beforeHead, settleHead, type SecurityHeaders } from './answer-policy';
import { cachePolicy } from './cache-headers';
import { canonicalTarget, movedTo, nothingHere, originForm, refusal, type GuardAnswer } from './request-guard';
import { ResponseCache } from './response-cache';
import { carriesSecret } from './revalidation-secret';
import { securityHeaders } from './security-headers';
import { revalidationPath } from '../site/paths';
import { surrogateKeyHeader } from '../site/surrogate-keys';

/**
 * Whether an address (its path as sent) names nothing published on a route that renders on demand
 * (lib/routes/addresses.ts), or a story taken down ('gone').
 */
export type AddressCheck = (path: string) => 'page' | 'data' | 'gone' | undefined;

/** The site's page for a story taken down (pages/410.tsx): answered with 410 at the story's address, and at its own as nothing. */
const GONE_PAGE = '/410';

/** The surrogate keys of the answer at a path with a status (lib/routes/surrogate-keys.ts); undefined for none. */
export type KeysAt = (path: string, status: number) => readonly string[] | undefined;

/** How many addresses a server remembers answering, with their keys, for regenerating them on a publish. */
const REMEMBERED_ADDRESSES = 20_000;

/** Next's own address for a page's data (pages/ routes): the page's address in another form. */
const PAGE_DATA = /^\/_next\/data\/[^/]+(\/.*)\.json$/;

/** What Node's HTTP parser answers a request it cannot read, by its error code. */
const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
};

const pathOf = (target: string) => target.split(/[?#]/, 1)[0] ?? '/';

/** Makes whatever status Next gives the answer `status`: the page it renders is the site's answer for another address. */
function answerAs(response: ServerResponse, status: number): void {
  Object.defineProperty(response, 'statusCode', { get: () => status, set: () => undefined, configurable: true });
  response.writeHead = new Proxy(response.writeHead, {
    apply(target, self, args: unknown[]) {
      return Reflect.apply(target, self, [status, ...args.slice(1)]);
    },
  });
}

function send(response: ServerResponse, answer: GuardAnswer, head: boolean): void {
  response.writeHead(answer.status, answer.headers);
  response.end(head ? undefined : (answer.body ?? undefined));
}

/**
 * What every server process puts in front of Next (installed by `installServerGuard`), request
 * by request:
 *
 * 1. turns away what no page can answer (`refusal`: methods, bad paths, ranges);
 * 2. answers an absolute-form target ("GET http://host/path") for this site, as its path;
 * 3. redirects a path spelled otherwise than the one way (`canonicalTarget`) to that spelling,
 *    so every rule and cache sees one address per page;
 * 4. answers a repeated request from what Next sent within the last second (production);
 * 5. answers an address that names nothing on a route that renders on demand with the site's
 *    404 (the 404 page for a reader's address, a plain 404 for data), before Next would keep
 *    anything under it (production; docs/decisions/0011);
 * 6. settles the head of whatever Next answers (`settleHead`), and answers an error Next is
 *    about to send with the copy of the same request it kept within the last minute.
 *
 * Node's own answers to requests it cannot parse (400, 408, 413, 431) get the same headers.
 */
export class ServerGuard {
  #checkAddress: AddressCheck | undefined;
  #keysAt: KeysAt | undefined;
  readonly #security: SecurityHeaders;
  readonly #keyHeader = surrogateKeyHeader();
  /** The addresses this server answered with their keys, oldest first (at most REMEMBERED_ADDRESSES). */
  readonly #answered = new Map<string, readonly string[]>();

  constructor(private readonly cache?: ResponseCache) {
    this.#security = securityHeaders();
  }

  /** From now on, gives every answer Next makes its surrogate keys (docs/decisions/0019). */
  labelAnswersWith(keysAt: KeysAt): void {
    this.#keysAt = keysAt;
  }

  /** The addresses answered since this server started whose answers carried any of `keys`. */
  answeredWith(keys: ReadonlySet<string>): string[] {
    return [...this.#answered].filter(([, carried]) => carried.some((key) => keys.has(key))).map(([path]) => path);
  }

  /** Drops the copies kept of `path`: it is being regenerated, so none of them may go out again. */
  forget(path: string): void {
    this.cache?.forget(path);
  }

  /** From now on, answers addresses that name nothing before Next (step 5). */
  checkAddressesWith(check: AddressCheck): void {
    this.#checkAddress = check;
  }

  /** Handles a request before Next: true when it was answered here. */
  handle(request: IncomingMessage, response: ServerResponse): boolean {
    const range = request.headers.range;
    const head = request.method === 'HEAD';
    if (pathOf(originForm(request.url ?? '/')) === revalidationPath) {
      // A publisher with the secret reaches the endpoint; anything else finds nothing there
      // (a read, the site's 404 page, below), and is told nothing about why.
      if (request.method === 'POST' && carriesSecret(request.headers.authorization)) {
        beforeHead(response, (status) => {
          settleHead(request, response, status, this.#security);
          return undefined;
        });
        return false;
      }
      if (request.method !== 'GET' && !head) {
        send(response, nothingHere(), head);
        return true;
      }
    }
    const refused = refusal(request.method ?? '', request.url ?? '', typeof range === 'string' ? range : undefined);
    if (refused) {
      send(response, refused, head);
      return true;
    }
    const target = originForm(request.url ?? '/');
    request.url = target;
    const canonical = canonicalTarget(target);
    if (canonical !== undefined) {
      send(response, movedTo(canonical), head);
      return true;
    }
    if (this.cache?.answer(request, response)) return true;
    const unknown = this.#unknown(target);
    if (unknown === 'data') {
      send(response, nothingHere(), head);
      return true;
    }
    if (unknown === 'page' || unknown === 'gone') {
      // The site's 404 page, as Next answers its own address: one page, kept once; or its 410
      // page. Asked for as a document, whatever form of it (RSC) the request asked Next for.
      request.url = unknown === 'gone' ? GONE_PAGE : '/404';
      for (const name of Object.keys(request.headers)) if (name === 'rsc' || name.startsWith('next-')) delete request.headers[name];
    }
    if (unknown === 'gone') answerAs(response, 410);
    beforeHead(response, (status) => {
      const copy = status >= 500 ? this.cache?.standInFor(request, response) : undefined;
      if (!copy) {
        settleHead(request, response, status, this.#security);
        this.#label(request, response, status);
      }
      return copy;
    });
    this.cache?.watch(request, response);
    return false;
  }

  /** Answers a request Node could not parse as Node would, with the site's headers: true when it did. */
  clientError(error: unknown, socket: Duplex): boolean {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const [status, reason] = CLIENT_ERRORS[code] ?? [400, 'Bad Request'];
    // As Node does: nothing is written into an answer already under way.
    const underWay: unknown = Reflect.get(socket, '_httpMessage');
    if (socket.writable && !(underWay instanceof ServerResponse && underWay.headersSent)) {
      const body = `${reason}\n`;
      const headers = [
        ...this.#security.map(({ key, value }) => `${key}: ${value}`),
        `Cache-Control: ${cachePolicy.never}`,
        'Content-Type: text/plain; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
      ];
      socket.write(`HTTP/1.1 ${status} ${reason}\r\n${headers.join('\r\n')}\r\n\r\n${body}`);
    }
    socket.destroy(error instanceof Error ? error : undefined);
    return true;
  }

  /** Gives the answer its surrogate keys, and remembers a page answered with them. */
  #label(request: IncomingMessage, response: ServerResponse, status: number): void {
    if (!this.#keysAt || response.hasHeader('set-cookie')) return;
    const path = pathOf(request.url ?? '/');
    let keys: readonly string[] | undefined;
    try {
      keys = this.#keysAt(path, status);
    } catch {
      // A store that cannot answer is named by the page that reads it; the answer goes out unlabelled.
      return;
    }
    if (!keys?.length) return;
    response.setHeader(this.#keyHeader.name, this.#keyHeader.join(keys));
    // What Next keeps to regenerate: a page or file of its own address (a search is answered per request).
    if (status !== 200 || request.method !== 'GET' || request.url?.includes('?')) return;
    this.#answered.delete(path);
    this.#answered.set(path, keys);
    if (this.#answered.size > REMEMBERED_ADDRESSES) this.#answered.delete(this.#answered.keys().next().value ?? '');
  }

  #unknown(target: string): 'page' | 'data' | 'gone' | undefined {
    const path = pathOf(target);
    if (path === revalidationPath || path === GONE_PAGE) return 'page';
    if (!this.#checkAddress) return undefined;
    const data = PAGE_DATA.exec(path)?.[1];
    if (data !== undefined) return this.#checkAddress(data === '/index' ? '/' : data) ? 'data' : undefined;
    return this.#checkAddress(path);
  }
}

let installed: ServerGuard | undefined;

/** What the revalidation endpoint asks of the guard that answers requests. */
export interface AnsweredAddresses {
  answeredWith(keys: ReadonlySet<string>): string[];
  forget(path: string): void;
}

const GUARD_KEY = Symbol.for('masthead.answered-addresses');

function isAnsweredAddresses(value: unknown): value is AnsweredAddresses {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'answeredWith') === 'function' && typeof Reflect.get(value, 'forget') === 'function';
}

/**
 * The addresses the guard installed in this process has answered, shared through globalThis:
 * Next bundles this module once for instrumentation and again for each kind of route, and the
 * revalidation endpoint must reach the guard that answers requests.
 */
export function answeredAddresses(): AnsweredAddresses | undefined {
  const guard: unknown = Reflect.get(globalThis, GUARD_KEY);
  return isAnsweredAddresses(guard) ? guard : undefined;
}

/**
 * Puts a ServerGuard in front of Next in this process: every HTTP server gets its 'request'
 * and 'clientError' events through it first, with no middleware round through the framework.
 * Installed from instrumentation.ts, so `next start`, the standalone server (`npm start`) and
 * `next dev` all have it without a wrapper script or a flag. Requests a server receives while
 * it is still starting, before instrumentation has run, reach Next unchecked: put an instance
 * behind a load balancer once it answers.
 *
 * A production server also keeps answers for a second (lib/http/response-cache.ts);
 * `MASTHEAD_RESPONSE_CACHE=off` leaves every request to Next.
 */
export function installServerGuard(): ServerGuard {
  if (installed) return installed;
  const cache = process.env.NODE_ENV === 'production' && process.env.MASTHEAD_RESPONSE_CACHE !== 'off' ? new ResponseCache() : undefined;
  const guard = new ServerGuard(cache);
  installed = guard;
  const answered: AnsweredAddresses = { answeredWith: (keys) => guard.answeredWith(keys), forget: (path) => guard.forget(path) };
  Reflect.set(globalThis, GUARD_KEY, answered);
  Server.prototype.emit = new Proxy(Server.prototype.emit, {
    apply(emit, server, args) {
      const [event, first, second]: unknown[] = args;
      if (event === 'request' && first instanceof IncomingMessage && second instanceof ServerResponse && guard.handle(first, second)) return true;
      if (event === 'clientError' && second instanceof Duplex && guard.clientError(first, second)) return true;
      return Reflect.apply(emit, server, args);
    },
  });
  return guard;
}
