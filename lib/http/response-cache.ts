import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Replacement } from './answer-policy';

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
 *
 * What it holds is counted whole (addresses, headers and bodies) against its budget, and an
 * answer is kept only for an address asked for again within about a second: a flood of
 * addresses asked for once each never reaches it, and addresses with a query string have a
 * share of the budget of their own, so invented queries cannot push out the pages being read.
 * An answer past its second stays, within the budget, for a minute more, to stand in for an
 * error Next gives the same request (a page served a moment ago is never turned into a 500).
 */

/** The longest a kept answer is served as fresh. */
const KEEP_MS = 1_000;
/** How long after it was kept an answer may stand in for an error. */
const STAND_IN_MS = 60_000;
/** What all kept answers may hold together, of which addresses with a query string at most QUERY_BYTES. */
const MAX_BYTES = 4 * 1024 * 1024;
const QUERY_BYTES = 1024 * 1024;
/** One answer at most. */
const MAX_ANSWER_BYTES = 512 * 1024;
/** What holding one answer costs besides the text of its key, its headers and its body. */
const ENTRY_OVERHEAD = 512;
/** Copies of one address (one per value of the headers it varies on): the oldest goes first. */
const MAX_COPIES = 4;
/** Addresses remembered as asked for, per generation (two generations: the last second or two). */
const SEEN_PER_GENERATION = 8_192;

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
  key: string;
  status: number;
  /** Name, value, name, value…, as Next wrote them. */
  headers: string[];
  body: Buffer;
  /** What holding it costs, counted against the budget. */
  cost: number;
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

let warnedOfHead = false;

/**
 * Node keeps the head it wrote in a private field (`_header`); should a Node or Next release
 * stop setting it, the cache would keep nothing and say nothing. It says so once instead
 * (docs/ARCHITECTURE.md, "Where the site leans on internals").
 */
function headUnread(): void {
  if (warnedOfHead) return;
  warnedOfHead = true;
  console.error('The one-second response cache cannot read the head of an answer (ServerResponse._header): it keeps nothing, and pages are answered by Next alone.');
}

function headerOf(headers: string[], name: string): string | undefined {
  for (let i = 0; i < headers.length; i += 2) if (headers[i]?.toLowerCase() === name) return headers[i + 1];
  return undefined;
}

/** A kept answer's headers as they go out again: its own, and its length and age now. */
function sentAgain(kept: Kept, now: number): string[] {
  return [...kept.headers, 'Content-Length', String(kept.body.length), 'Age', String(Math.floor((now - kept.storedAt) / 1000))];
}

/** FNV-1a: a short, fast fingerprint of an address, for remembering it was asked for. */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1;
}

/**
 * The addresses asked for in the last second or two, as fingerprints in two generations: the
 * older one is dropped each second, or when the newer one is full, so it never holds more than
 * twice SEEN_PER_GENERATION. A fingerprint two addresses share only lets one of them be kept a
 * request early.
 */
class RecentAddresses {
  #current = new Set<number>();
  #previous = new Set<number>();
  #startedAt = 0;

  /** Notes the address, and says whether it had been asked for already. */
  seen(address: string, now: number): boolean {
    if (now - this.#startedAt >= KEEP_MS || this.#current.size >= SEEN_PER_GENERATION) {
      this.#previous = this.#current;
      this.#current = new Set();
      this.#startedAt = now;
    }
    const print = fingerprint(address);
    const before = this.#current.has(print) || this.#previous.has(print);
    this.#current.add(print);
    return before;
  }
}

/** Kept answers of one kind, oldest first, within a budget of bytes. */
class Shelf {
  readonly kept = new Map<string, Kept>();
  bytes = 0;

  constructor(readonly budget: number) {}
}

export class ResponseCache {
  readonly #paths: Shelf;
  readonly #queries: Shelf;
  /** For each address with kept copies: the request headers its last answer varied on, and its copies' keys, oldest first. */
  readonly #addresses = new Map<string, { varies: string[]; keys: string[] }>();
  readonly #recent = new RecentAddresses();
  /** Answers that went out as a stand-in for an error: not kept again. */
  readonly #stoodIn = new WeakSet<ServerResponse>();

  constructor(
    private readonly now: () => number = Date.now,
    maxBytes: number = MAX_BYTES,
    queryBytes: number = QUERY_BYTES,
  ) {
    this.#paths = new Shelf(maxBytes - queryBytes);
    this.#queries = new Shelf(queryBytes);
  }

  /** Answers the request from a kept copy, if there is a fresh one; true when it did. */
  answer(request: IncomingMessage, response: ServerResponse): boolean {
    const kept = this.#find(request);
    const now = this.now();
    if (!kept || now >= kept.expires) return false;
    response.writeHead(kept.status, sentAgain(kept, now));
    response.end(kept.body);
    return true;
  }

  /**
   * The copy kept for the same request within the last minute, to send in place of the error
   * Next is about to send for it (lib/http/answer-policy.ts `beforeHead`); it goes out as it was
   * sent then, and is not kept again.
   */
  standInFor(request: IncomingMessage, response: ServerResponse): Replacement | undefined {
    const kept = this.#find(request);
    const now = this.now();
    if (!kept || now - kept.storedAt >= STAND_IN_MS) return undefined;
    this.#stoodIn.add(response);
    return { status: kept.status, headers: sentAgain(kept, now), body: kept.body };
  }

  /** Watches Next answer the request, and keeps the answer if a shared cache may and the address was asked for before. */
  watch(request: IncomingMessage, response: ServerResponse): void {
    const address = addressOf(request);
    if (address === undefined) return;
    const repeated = this.#recent.seen(address, this.now());
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
      // An address asked for once is not kept: a flood of invented ones never reaches the cache.
      if (!repeated || size > MAX_ANSWER_BYTES || this.#stoodIn.has(response)) return;
      const head = sentHead(response);
      if (!head) return headUnread();
      if (head.status !== 200 || headerOf(head.headers, 'set-cookie') !== undefined) return;
      const varies = (headerOf(head.headers, 'vary') ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
      if (varies.includes('*')) return;
      const lifetime = Math.min(KEEP_MS, sharedLifetime(headerOf(head.headers, 'cache-control')));
      if (lifetime <= 0) return;
      const now = this.now();
      const key = keyOf(address, request, varies);
      const body = Buffer.concat(chunks, size);
      const cost = Buffer.byteLength(key) + head.headers.reduce((sum, text) => sum + Buffer.byteLength(text), 0) + body.length + ENTRY_OVERHEAD;
      this.#store(varies, { address, key, ...head, body, cost, storedAt: now, expires: now + lifetime });
    });
  }

  /** How many answers are kept, and what they cost, addresses and headers included. */
  get size(): { answers: number; bytes: number } {
    return { answers: this.#paths.kept.size + this.#queries.kept.size, bytes: this.#paths.bytes + this.#queries.bytes };
  }

  #shelf(address: string): Shelf {
    return address.includes('?') ? this.#queries : this.#paths;
  }

  #find(request: IncomingMessage): Kept | undefined {
    const address = addressOf(request);
    const varies = address === undefined ? undefined : this.#addresses.get(address)?.varies;
    if (address === undefined || !varies) return undefined;
    return this.#shelf(address).kept.get(keyOf(address, request, varies));
  }


  #store(varies: string[], kept: Kept): void {
    const shelf = this.#shelf(kept.address);
    if (kept.cost > shelf.budget) return;
    const previous = shelf.kept.get(kept.key);
    if (previous) this.#drop(shelf, previous);
    const address = this.#addresses.get(kept.address) ?? { varies, keys: [] };
    address.varies = varies;
    if (address.keys.length >= MAX_COPIES) {
      const oldest = shelf.kept.get(address.keys[0] ?? '');
      if (oldest) this.#drop(shelf, oldest);
    }
    address.keys.push(kept.key);
    this.#addresses.set(kept.address, address);
    shelf.kept.set(kept.key, kept);
    shelf.bytes += kept.cost;
    // The oldest go first: those past standing in for errors, then any over the budget.
    for (const old of shelf.kept.values()) {
      if (old.storedAt + STAND_IN_MS > kept.storedAt && shelf.bytes <= shelf.budget) break;
      this.#drop(shelf, old);
    }
  }

  #drop(shelf: Shelf, kept: Kept): void {
    shelf.kept.delete(kept.key);
    shelf.bytes -= kept.cost;
    const address = this.#addresses.get(kept.address);
    if (!address) return;
    address.keys = address.keys.filter((key) => key !== kept.key);
    if (address.keys.length === 0) this.#addresses.delete(kept.address);
  }
}
