import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { serverRefusal } from './request-guard';

let installed = false;

/**
 * Answers, in front of Next, the requests Next cannot represent (see serverRefusal):
 * every HTTP server in the process gets its 'request' events checked first. Installed
 * from instrumentation.ts, so `next start`, the standalone server and `next dev` all
 * have it without a wrapper script or a flag.
 */
export function installServerGuard(): void {
  if (installed) return;
  installed = true;
  Server.prototype.emit = new Proxy(Server.prototype.emit, {
    apply(emit, server, args) {
      const [event, request, response]: unknown[] = args;
      if (event === 'request' && request instanceof IncomingMessage && response instanceof ServerResponse) {
        const refusal = serverRefusal(request.method ?? '', request.url ?? '');
        if (refusal) {
          response.writeHead(refusal.status, refusal.headers);
          response.end(refusal.body ?? undefined);
          return true;
        }
      }
      return Reflect.apply(emit, server, args);
    },
  });
}
