import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResponseCache } from './response-cache';

/**
 * The response cache reads the head Node wrote from a private field. A server whose answers do
 * not carry it (a Node or Next release that stops setting it) must say so, once, rather than
 * quietly keep nothing.
 */

/** An answer to GET /world that has gone out with a body, its head readable or not. */
function answer(cache: ResponseCache, { headRead }: { headRead: boolean }) {
  const request = new IncomingMessage(new Socket());
  request.method = 'GET';
  request.url = '/world';
  const response = new ServerResponse(request);
  cache.watch(request, response);
  response.setHeader('Cache-Control', 'public, max-age=0, s-maxage=60');
  response.end('<!doctype html><title>World</title>');
  // What a Node that no longer keeps the head it wrote looks like to the cache.
  if (!headRead) Reflect.deleteProperty(response, '_header');
  response.emit('finish');
}

afterEach(() => vi.restoreAllMocks());

describe('an answer whose head the cache cannot read', () => {
  it('is kept on its second request when the head can be read', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const cache = new ResponseCache(() => 1_000_000);
    for (let i = 0; i < 3; i++) answer(cache, { headRead: true });
    expect(cache.size.answers).toBe(1);
    expect(log).not.toHaveBeenCalled();
  });

  it('is not kept, and the server log says why, once', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const cache = new ResponseCache(() => 1_000_000);
    for (let i = 0; i < 3; i++) answer(cache, { headRead: false });
    expect(cache.size).toEqual({ answers: 0, bytes: 0 });
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain('cannot read the head of an answer (ServerResponse._header): it keeps nothing');
  });
});
