import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A one-second shared cache in front of Next, in each server process (docs/decisions/0010).
 *
 * Next spends most of a prerendered page's request in its router and cache lookup, and as
 * much again compressing the page for every reader who asks for gzip. This keeps the bytes
 * Next sent, compressed as they were, for at most a second, and answers the same request
 * with them without reaching Next. It follows the rules a CDN follows: only what the
 * answer's `Cache-Control` lets a shared cache keep (`s-maxage`, or `public` with a
 * `max-age`), never longer than that, one copy per value of each request header the answer
 * `Vary`s on, and nothing for a request carrying cookies or credentials. A page under a spike
 * is answered from memory while Next still sees one request a second for it, so pages go on
 * revalidating as they do without it.
 */

/** The longest a kept answer is served. */
const KEEP_MS = 1_000;
/** What all kept answers may hold together, and one answer at most. */
const MAX_BYTES = 4 * 1024 * 1024;
const MAX_ANSWER_BYTES = 512 * 1024;

/** Headers written afresh for every answer. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'age']);
/**
 * Requests left to Next: with cookies or credentials (a draft-mode cookie among them), asking
 * for part of a file or for an answer only if it changed, or carrying the headers Next reads
 * itself (its router's `RSC` and `Next-*` ones among them), which it may answer differently
 * without saying so in `Vary`: a page of `pages/` answers an RSC request with a 307.
 */
const UNKEPT_REQUEST = /^(?:cookie|authorization|range|if-[a-z-]+|rsc|next-[a-z-]+|purpose|x-nextjs-[a-z-]+|x-middleware-[a-z-]+|x-invoke-[a-z-]+|x-now-[a-z-]+|x-matched-path)$/i;

interface Kept {
  address: string;
  status: number;
  /** Name, value, name, value…, as Next wrote them. */
  headers: string[];
  body: Buffer;
  storedAt: number;
  expires: number;
}

/** How long a shared cache may keep an answer with this `Cache-Control`, in milliseconds; 0 for not at all. */
export function sharedLifetime(cacheControl: string | undefined): number {
  if (!cacheControl) return 0;
  const directives = new Map<string, string>();
  for (const part of cacheControl.toLowerCase().split(',')) {
    const [name = '', value = ''] = part.trim().split('=');
    directives.set(name, value.trim());
  }
  if (['private', 'no-store', 'no-cache'].some((name) => directives.has(name))) return 0;
  const seconds = (name: string) => {
    const value = Number(directives.get(name));
    return Number.isFinite(value) && value > 0 ? value : 0;
  };
  if (directives.has('s-maxage')) return seconds('s-maxage') * 1000;
  return directives.has('public') ? seconds('max-age') * 1000 : 0;
}

/** The address a GET may be answered from the cache for, or undefined when it must reach Next. */
function addressOf(request: IncomingMessage): string | undefined {
  if (request.method !== 'GET') return undefined;
  const raw = request.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) if (UNKEPT_REQUEST.test(raw[i] ?? '')) return undefined;
  return request.url;
}

/** The key of one kept copy: the address and the request's value of each header the answer varies on. */
function keyOf(address: string, request: IncomingMessage, varies: readonly string[]): string {
  let key = address;
  for (const name of varies) key += `\n${String(request.headers[name] ?? '')}`;
  return key;
}

/** The status and headers of an answer as they went to the reader, from the head Node wrote. */
function sentHead(response: ServerResponse): { status: number; headers: string[] } | undefined {
  const head: unknown = Reflect.get(response, '_header');
  if (typeof head !== 'string') return undefined;
  const [, ...lines] = head.split('\r\n');
  const headers: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon);
    if (!PER_ANSWER.has(name.toLowerCase())) headers.push(name, line.slice(colon + 1).trim());
  }
  return { status: response.statusCode, headers };
}

function headerOf(headers: string[], name: string): string | undefined {
  for (let i = 0; i < headers.length; i += 2) if (headers[i]?.toLowerCase() === name) return headers[i + 1];
  return undefined;
}

export class ResponseCache {
  /** Kept copies by key, in the order they were stored. */
  readonly #kept = new Map<string, Kept>();
  /** For each address with kept copies: the request headers its last answer varied on, and how many copies there are. */
  readonly #addresses = new Map<string, { varies: string[]; copies: number }>();
  #bytes = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxBytes: number = MAX_BYTES,
  ) {}

  /** Answers the request from a kept copy, if there is a fresh one; true when it did. */
  answer(request: IncomingMessage, response: ServerResponse): boolean {
    const address = addressOf(request);
    const varies = address === undefined ? undefined : this.#addresses.get(address)?.varies;
    if (address === undefined || !varies) return false;
    const key = keyOf(address, request, varies);
    const kept = this.#kept.get(key);
    if (!kept) return false;
    const now = this.now();
    if (now >= kept.expires) {
      this.#drop(key, kept);
      return false;
    }
    response.writeHead(kept.status, [...kept.headers, 'Content-Length', String(kept.body.length), 'Age', String(Math.floor((now - kept.storedAt) / 1000))]);
    response.end(kept.body);
    return true;
  }

  /** Watches Next answer the request, and keeps the answer if a shared cache may. */
  watch(request: IncomingMessage, response: ServerResponse): void {
    const address = addressOf(request);
    if (address === undefined) return;
    const chunks: Buffer[] = [];
    let size = 0;
    const take = (chunk: unknown, encoding: unknown) => {
      if (size > MAX_ANSWER_BYTES || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      // Written chunks are not changed after they are written (a stream may still be sending them): they are held, not copied, until the answer is done.
      const bytes =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8')
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
            : undefined;
      if (!bytes) {
        size = Infinity;
        return;
      }
      size += bytes.length;
      chunks.push(bytes);
    };
    const taking = <Method extends (...args: never[]) => unknown>(method: Method) =>
      new Proxy(method, {
        apply(target, self, args: unknown[]) {
          take(args[0], args[1]);
          return Reflect.apply(target, self, args);
        },
      });
    response.write = taking(response.write);
    response.end = taking(response.end);
    response.once('finish', () => {
      if (size > MAX_ANSWER_BYTES) return;
      const head = sentHead(response);
      if (head?.status !== 200 || headerOf(head.headers, 'set-cookie') !== undefined) return;
      const varies = (headerOf(head.headers, 'vary') ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
      if (varies.includes('*')) return;
      const lifetime = Math.min(KEEP_MS, sharedLifetime(headerOf(head.headers, 'cache-control')));
      if (lifetime <= 0) return;
      const now = this.now();
      this.#store(keyOf(address, request, varies), varies, { address, ...head, body: Buffer.concat(chunks, size), storedAt: now, expires: now + lifetime });
    });
  }

  /** How many answers are kept, and their bytes. */
  get size(): { answers: number; bytes: number } {
    return { answers: this.#kept.size, bytes: this.#bytes };
  }

  #store(key: string, varies: string[], kept: Kept): void {
    const previous = this.#kept.get(key);
    if (previous) this.#drop(key, previous);
    const address = this.#addresses.get(kept.address);
    if (address) {
      address.varies = varies;
      address.copies += 1;
    } else this.#addresses.set(kept.address, { varies, copies: 1 });
    this.#kept.set(key, kept);
    this.#bytes += kept.body.length;
    // The oldest go first: those past their time, then any over the budget.
    for (const [oldKey, old] of this.#kept) {
      if (old.expires > kept.storedAt && this.#bytes <= this.maxBytes) break;
      this.#drop(oldKey, old);
    }
  }

  #drop(key: string, kept: Kept): void {
    this.#kept.delete(key);
    this.#bytes -= kept.body.length;
    const address = this.#addresses.get(kept.address);
    if (address && --address.copies === 0) this.#addresses.delete(kept.address);
  }
}
