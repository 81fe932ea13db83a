import { Head, Html, Main, NextScript } from 'next/document';
import { pageScriptElement } from '@/components/PageScript';
import { plainAnalyticsElements } from '@/components/PlainAnalytics';
import { analyticsEnabled } from '@/lib/analytics';
import { site } from '@/lib/site';

/**
 * The document of the article pages (the App Router's root layout draws every other page):
 * the page's own small script, and analytics where they are on.
 */
export default function Document() {
  return (
    <Html lang={site.locale}>
      <Head>
        {pageScriptElement()}
        {analyticsEnabled() ? plainAnalyticsElements() : null}
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
