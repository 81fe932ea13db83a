// Runs once when a server process starts, before it answers requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installServerGuard } = await import('./lib/http/server-guard');
    installServerGuard();
    // A production server reads the content tree before its first reader, not during the
    // first requests (seconds at 10,000 articles, with the server blocked). `next build`
    // reads it in its own workers; `next dev` reads it on every request anyway.
    if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
      const { loadContent } = await import('./lib/content');
      loadContent();
    }
  }
}
