import { z } from 'zod';
import { catchUpWithStore } from '../content';
import { answeredAddresses } from '../http/server-guard';

/**
 * What a server does when a publisher asks it to regenerate pages (POST revalidationPath with the
 * secret; the server guard lets nothing else reach it): it first answers from the new store,
 * then regenerates the addresses named and every address it has answered with one of the keys
 * named, dropping what its one-second cache kept of each, and says which it regenerated.
 */

const MAX_ADDRESSES = 10_000;

export const regenerationRequest = z.object({
  paths: z.array(z.string().startsWith('/').max(2_000)).max(MAX_ADDRESSES),
  keys: z.array(z.string().max(200)).max(MAX_ADDRESSES),
});

export interface RegenerationReport {
  regenerated: string[];
  failed: { path: string; reason: string }[];
}

/** Two at a time: a publish shares the server with readers. */
const AT_ONCE = 2;

export async function regenerate(request: z.infer<typeof regenerationRequest>, revalidate: (path: string) => Promise<void>): Promise<RegenerationReport> {
  await catchUpWithStore();
  const answered = answeredAddresses();
  const addresses = [...new Set([...request.paths, ...(answered?.answeredWith(new Set(request.keys)) ?? [])])];
  const report: RegenerationReport = { regenerated: [], failed: [] };
  let next = 0;
  const work = async () => {
    while (next < addresses.length) {
      const path = addresses[next++] ?? '/';
      answered?.forget(path);
      try {
        await revalidate(path);
        report.regenerated.push(path);
      } catch (error) {
        report.failed.push({ path, reason: error instanceof Error ? error.message : String(error) });
      }
      // A copy the one-second cache kept while the page was being made is of the old one.
      answered?.forget(path);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, work));
  return report;
}
