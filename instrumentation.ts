// Runs once when a server process starts, before it answers requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installServerGuard } = await import('./lib/http/server-guard');
    const guard = installServerGuard();
    // `next build` opens the content store in its own workers.
    if (process.env.NEXT_PHASE === 'phase-production-build') return;
    const { loadContent, storeFile } = await import('./lib/content');
    if (process.env.NODE_ENV === 'development') {
      // `next dev` brings its own copy of the store up to date with the tree, then watches it.
      loadContent();
      return;
    }
    // A server opens the store before its first reader. One that is missing, damaged, from
    // another version or incomplete stops it at once, naming the file and the command that
    // rebuilds it: Next would only log the error and answer every request with a 500.
    try {
      loadContent();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
    // Addresses that name nothing are answered before Next would keep anything under them.
    const { namesNothing } = await import('./lib/routes/addresses');
    guard.checkAddressesWith(namesNothing);
    // Every answer names what it shows, for caches in front to purge (docs/decisions/0019).
    const { surrogateKeysAt } = await import('./lib/routes/surrogate-keys');
    guard.labelAnswersWith(surrogateKeysAt);
    // Where `npm run content:publish` of this checkout finds this server (docs/decisions/0020).
    const { announceInstance } = await import('./lib/http/instances');
    announceInstance(process.env.PORT ?? '3000', process.env.HOSTNAME, storeFile());
  }
}
