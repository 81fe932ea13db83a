import { describe, expect, it } from 'vitest';
import { serverMemoryEnv } from './server-memory';

describe('the memory settings a server starts with', () => {
  it('are two arenas and large blocks handed back at 128 KB', () => {
    expect(serverMemoryEnv({})).toEqual({ MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' });
  });

  it('give way to what the environment already sets', () => {
    expect(serverMemoryEnv({ MALLOC_ARENA_MAX: '4', MALLOC_MMAP_THRESHOLD_: '65536' })).toEqual({ MALLOC_ARENA_MAX: '4', MALLOC_MMAP_THRESHOLD_: '65536' });
  });
});
