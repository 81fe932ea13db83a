import { watchContent } from '@/lib/content';

// Only `next dev` answers: it tells the open page when an editor saves a content file.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  if (process.env.NODE_ENV !== 'development') return new Response('Not found', { status: 404 });
  const encoder = new TextEncoder();
  let stop: () => void = () => undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // The store has taken in the save (a version per update); a burst of updates is one refresh.
      stop = watchContent((version) => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.enqueue(encoder.encode(`data: ${version}\n\n`)), 50);
      });
      controller.enqueue(encoder.encode(': watching content\n\n'));
      request.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' },
  });
}
