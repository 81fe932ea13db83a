'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Copies the story's address. It appears only once JavaScript runs; before
 * that (or without it) the address field beside it is there to copy by hand.
 */
export function CopyLinkButton({ url }: { url: string }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [status, setStatus] = useState('');
  if (!hydrated) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy: select the address and copy it');
    }
  };
  return (
    <>
      <button className="share__button" type="button" onClick={copy}>
        Copy link
      </button>
      <span className="share__status" role="status">
        {status}
      </span>
    </>
  );
}
