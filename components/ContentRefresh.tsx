import { useRouter } from 'next/router';
import { useEffect } from 'react';

/**
 * In `next dev` only: renders the page again when an editor saves a content file, as Next
 * does by itself for code. (Production pages run no framework JavaScript, so this never
 * runs there.)
 */
export function ContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource('/api/dev/content-changes');
    events.onmessage = () => void router.replace(router.asPath, undefined, { scroll: false });
    return () => events.close();
  }, [router]);
  return null;
}
