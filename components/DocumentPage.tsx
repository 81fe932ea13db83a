import Head from 'next/head';
import { createElement, type ReactNode } from 'react';
import type { PageChrome } from '@/lib/article-route';
import { SiteChrome } from './SiteChrome';

/**
 * A page of pages/ (the article pages and their error page): its head tags, which the
 * App Router's metadata API writes for every other page, and the site's chrome around it.
 */
export function DocumentPage({ chrome, children }: { chrome: PageChrome; children: ReactNode }) {
  return (
    <>
      <Head>
        <meta key="viewport" name="viewport" content="width=device-width, initial-scale=1" />
        {chrome.head.map(({ tag, attributes, text }, i) =>
          tag === 'title' ? <title key="title">{text}</title> : createElement(tag, { key: `${tag}-${i}`, ...attributes }),
        )}
        <link key="icon" rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
      </Head>
      <SiteChrome sections={chrome.sections} latest={chrome.latest}>
        {children}
      </SiteChrome>
    </>
  );
}
