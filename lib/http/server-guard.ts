import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { refusal } from './request-guard';
import { ResponseCache } from './response-cache';

let installed = false;

/**
 * Turns away, in front of Next, the requests no page can answer (see `refusal`): every HTTP
 * server in the process gets its 'request' events checked first, a few string tests per
 * request, with no middleware round through the framework. Installed from instrumentation.ts,
 * so `next start`, the standalone server (`npm start`) and `next dev` all have it without a
 * wrapper script or a flag. Requests a server receives while it is still starting, before
 * instrumentation has run, reach Next unchecked: put an instance behind a load balancer once
 * it answers.
 *
 * A production server also answers a request from the answer Next gave the same request
 * within the last second, when a shared cache may keep it (lib/http/response-cache.ts);
 * `MASTHEAD_RESPONSE_CACHE=off` leaves every request to Next.
 */
export function installServerGuard(): void {
  if (installed) return;
  installed = true;
  const cache = process.env.NODE_ENV === 'production' && process.env.MASTHEAD_RESPONSE_CACHE !== 'off' ? new ResponseCache() : undefined;
  Server.prototype.emit = new Proxy(Server.prototype.emit, {
    apply(emit, server, args) {
      const [event, request, response]: unknown[] = args;
      if (event === 'request' && request instanceof IncomingMessage && response instanceof ServerResponse) {
        const range = request.headers.range;
        const refused = refusal(request.method ?? '', request.url ?? '', typeof range === 'string' ? range : undefined);
        if (refused) {
          response.writeHead(refused.status, refused.headers);
          response.end(refused.body ?? undefined);
          return true;
        }
        if (cache?.answer(request, response)) return true;
        cache?.watch(request, response);
      }
      return Reflect.apply(emit, server, args);
    },
  });
}
