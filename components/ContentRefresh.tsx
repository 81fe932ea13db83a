'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * In `next dev` only: re-renders the page when an editor saves a content
 * file, as Next does by itself for code.
 */
export function ContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource('/api/dev/content-changes');
    events.onmessage = () => router.refresh();
    return () => events.close();
  }, [router]);
  return null;
}
