// @ts-check
// Plain CommonJS: `npm start` (scripts/start.mjs) loads it as it is, and the benchmark serves
// builds the way `npm start` does.

/**
 * How the C library under a server hands memory back (docs/decisions/0009-server-memory.md).
 * SQLite's search and list queries allocate large short-lived buffers, more the larger the
 * archive; with glibc's defaults each thread keeps an arena and large blocks stay in them once
 * freed, so a server's resident memory grew with the archive (about 700 MB after 10,000 mixed
 * requests at 100,000 articles) though its JavaScript heap held 60 MB. Two arenas, and blocks
 * of 128 KB and more given back to the system as soon as they are freed, keep it near 270 MB.
 * Values already set in the environment win.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {Record<string, string>}
 */
function serverMemoryEnv(env = process.env) {
  return {
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2',
    MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
  };
}

module.exports = { serverMemoryEnv };
