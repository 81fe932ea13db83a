import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { checkFile } from './file-check';

/**
 * A worker thread of the content check (lib/content/store/pool.ts): it checks the
 * files it is sent, each on its own, and sends back their rows. It never opens
 * the store; the thread that started it writes every row.
 */

const batchSchema = z.array(z.object({ file: z.string(), text: z.string(), hash: z.string() }));

parentPort?.on('message', (message: unknown) => {
  const batch = batchSchema.parse(message);
  parentPort?.postMessage(batch.map((f) => checkFile(f.file, f.text, f.hash)));
});
