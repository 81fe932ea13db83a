import Head from 'next/head';
import { createElement, type ComponentType, type ReactNode } from 'react';
import type { DocumentProps, PageChrome } from '@/lib/pages/document';
import { ContentRefresh } from './ContentRefresh';
import { SiteChrome } from '../chrome/SiteChrome';

/**
 * Every reader page (pages/): its head tags, from the same metadata builders as the feeds and
 * share cards use, and the site's chrome around its content. The document around it, scripts
 * and styles, is pages/_document.tsx.
 */
function DocumentPage({ chrome, children }: { chrome: PageChrome; children: ReactNode }) {
  return (
    <>
      <Head>
        <meta key="viewport" name="viewport" content="width=device-width, initial-scale=1" />
        {chrome.head.map(({ tag, attributes, text }, i) =>
          tag === 'title' ? <title key="title">{text}</title> : createElement(tag, { key: `${tag}-${i}`, ...attributes }),
        )}
        <link key="icon" rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
      </Head>
      <SiteChrome sections={chrome.sections} path={chrome.path} latest={chrome.latest} breaking={chrome.breaking}>
        {children}
      </SiteChrome>
      {process.env.NODE_ENV === 'development' ? <ContentRefresh /> : null}
    </>
  );
}

/**
 * The page component of a route of pages/: `Content` drawn inside the document, from the props
 * its controller in lib/pages/ gives (`{ chrome, content }`).
 */
export function withDocument<T extends object>(Content: ComponentType<T>) {
  function Page({ chrome, content }: DocumentProps<T>) {
    return (
      <DocumentPage chrome={chrome}>
        <Content {...content} />
      </DocumentPage>
    );
  }
  Page.displayName = `withDocument(${Content.displayName ?? Content.name})`;
  return Page;
}
