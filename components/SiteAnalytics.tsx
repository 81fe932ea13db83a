'use client';

import { Analytics, type BeforeSendEvent } from '@vercel/analytics/next';

/** Page views are counted by path alone: query strings can carry personal data. */
function withoutQuery(event: BeforeSendEvent): BeforeSendEvent {
  const url = new URL(event.url);
  url.search = '';
  url.hash = '';
  return { ...event, url: url.toString() };
}

export function SiteAnalytics() {
  return <Analytics beforeSend={withoutQuery} />;
}
