import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { checkFile, fileResultSchema, type FileResult, type PendingFile } from './file-check';

/** Below this many files, starting threads costs more than it saves. */
const WORKER_THRESHOLD = 200;
const BATCH = 16;

/** How many worker threads a check of `files` files uses: one per core, none for a few files. */
function workerCount(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  return files < WORKER_THRESHOLD ? 0 : Math.max(1, availableParallelism());
}

/**
 * The content check's way through the changed files: worker threads when there
 * are many (or as many as `requested`), this thread otherwise.
 */
export function checkInParallel(requested?: number) {
  return (pending: Iterator<PendingFile>, count: number): AsyncIterable<FileResult> | Iterable<FileResult> => {
    const workers = workerCount(count, requested);
    return workers > 0 ? checkInWorkers(pending, workers) : checkHere(pending);
  };
}

function* checkHere(pending: Iterator<PendingFile>): Generator<FileResult> {
  for (let next = pending.next(); !next.done; next = pending.next()) yield checkFile(next.value.file, next.value.text, next.value.hash);
}

const resultsSchema = z.array(fileResultSchema);

/**
 * Checks the files in `workers` threads and yields each result as it arrives, so
 * the caller writes rows while the threads go on parsing. The worker is the
 * TypeScript module beside this one, loaded through tsx as the content check is.
 */
async function* checkInWorkers(pending: Iterator<PendingFile>, workers: number): AsyncGenerator<FileResult> {
  // Files are read as threads ask for them, so a full check never holds the whole tree.
  const nextBatch = (): PendingFile[] | undefined => {
    const batch: PendingFile[] = [];
    for (let next = pending.next(); !next.done; next = pending.next()) {
      batch.push(next.value);
      if (batch.length === BATCH) break;
    }
    return batch.length ? batch : undefined;
  };
  const ready: FileResult[] = [];
  let failure: unknown;
  let wake: () => void = () => undefined;
  let running = 0;
  const threads: Worker[] = [];
  for (let i = 0; i < workers; i++) {
    // Node 20 does not hand the parent's module hooks to a thread: it registers tsx itself.
    const thread = new Worker(path.join(__dirname, 'worker.ts'), { execArgv: ['--require', require.resolve('tsx/cjs')] });
    threads.push(thread);
    running += 1;
    let inFlight = 0;
    const send = () => {
      const batch = nextBatch();
      if (!batch) return;
      thread.postMessage(batch);
      inFlight += 1;
    };
    thread.on('message', (message: unknown) => {
      inFlight -= 1;
      try {
        ready.push(...resultsSchema.parse(message));
      } catch (error) {
        failure = error;
      }
      send();
      if (inFlight === 0) running -= 1;
      wake();
    });
    thread.on('error', (error) => {
      failure = error;
      running -= 1;
      wake();
    });
    // Two batches in flight: a thread never waits while this one writes rows.
    send();
    send();
    if (inFlight === 0) running -= 1;
  }
  try {
    while (running > 0 || ready.length) {
      if (failure) throw failure;
      const next = ready.shift();
      if (next) {
        yield next;
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failure) throw failure;
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
