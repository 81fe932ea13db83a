import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Duplex } from 'node:stream';
import { beforeHead, settleHead, type SecurityHeaders } from './answer-policy';
import { cachePolicy } from './cache-headers';
import { canonicalTarget, movedTo, nothingHere, originForm, refusal, type GuardAnswer } from './request-guard';
import { ResponseCache } from './response-cache';
import { securityHeaders } from './security-headers';

/** Whether an address (its path as sent) names nothing published on a route that renders on demand (lib/routes/addresses.ts). */
export type AddressCheck = (path: string) => 'page' | 'data' | undefined;

/** Next's own address for a page's data (pages/ routes): the page's address in another form. */
const PAGE_DATA = /^\/_next\/data\/[^/]+(\/.*)\.json$/;

/** What Node's HTTP parser answers a request it cannot read, by its error code. */
const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
};

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
  readonly #security: SecurityHeaders;

  constructor(private readonly cache?: ResponseCache) {
    this.#security = securityHeaders();
  }

  /** From now on, answers addresses that name nothing before Next (step 5). */
  checkAddressesWith(check: AddressCheck): void {
    this.#checkAddress = check;
  }

  /** Handles a request before Next: true when it was answered here. */
  handle(request: IncomingMessage, response: ServerResponse): boolean {
    const range = request.headers.range;
    const refused = refusal(request.method ?? '', request.url ?? '', typeof range === 'string' ? range : undefined);
    const head = request.method === 'HEAD';
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
    if (unknown === 'page') {
      // The site's 404 page, as Next answers its own address: one page, kept once. Asked for as
      // a document, whatever form of it (RSC) the request asked Next for.
      request.url = '/404';
      for (const name of Object.keys(request.headers)) if (name === 'rsc' || name.startsWith('next-')) delete request.headers[name];
    }
    beforeHead(response, (status) => {
      const copy = status >= 500 ? this.cache?.standInFor(request, response) : undefined;
      if (!copy) settleHead(request, response, status, this.#security);
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

  #unknown(target: string): 'page' | 'data' | undefined {
    if (!this.#checkAddress) return undefined;
    const path = target.split(/[?#]/, 1)[0] ?? '/';
    const data = PAGE_DATA.exec(path)?.[1];
    if (data !== undefined) return this.#checkAddress(data === '/index' ? '/' : data) ? 'data' : undefined;
    return this.#checkAddress(path);
  }
}

let installed: ServerGuard | undefined;

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
