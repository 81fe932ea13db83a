// Runs once when a server process starts, before it answers requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installServerGuard } = await import('./lib/http/server-guard');
    installServerGuard();
  }
}
