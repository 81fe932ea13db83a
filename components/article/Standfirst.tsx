import type { ReactNode } from 'react';

/** The one-sentence summary under the headline. */
export function Standfirst({ children }: { children: ReactNode }) {
  return <p className="standfirst">{children}</p>;
}
