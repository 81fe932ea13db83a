import { Head, Html, Main, NextScript } from 'next/document';
import { pageScript, pageScriptElement } from '@/components/PageScript';
import { analyticsQueue, plainAnalyticsElements } from '@/components/PlainAnalytics';
import { analyticsEnabled } from '@/lib/analytics';
import { distDir } from '@/lib/dist-dir';
import { inlineScriptPolicy } from '@/lib/http/inline-script-policy';
import { inlineStylesheets } from '@/lib/inline-styles';
import { site } from '@/lib/site';

type DocumentFiles = Parameters<Head['getCssLinks']>[0];

/**
 * The head with the page's stylesheets written in (lib/inline-styles.ts) rather than linked.
 * `next dev` serves its own, changing CSS, so it keeps the links; so does a server that
 * cannot read a stylesheet, which logs why: the page is drawn the same, one request later.
 */
class InlineStylesHead extends Head {
  getCssLinks(files: DocumentFiles) {
    if (this.context.isDevelopment) return super.getCssLinks(files);
    try {
      const sheets = inlineStylesheets(files.allFiles.filter((file) => file.endsWith('.css')), this.context.assetPrefix ?? '', distDir());
      return sheets.map(({ href, css }) => <style key={href} data-href={href} dangerouslySetInnerHTML={{ __html: css }} />);
    } catch (error) {
      console.error('Article stylesheets are linked, not inlined:', error instanceof Error ? error.message : error);
      return super.getCssLinks(files);
    }
  }
}

/**
 * The document of the article pages (the App Router's root layout draws every other page):
 * the page's own small script, its styles, and analytics where they are on.
 *
 * Its inline scripts are fixed, so the document also narrows the site's script policy to them
 * (lib/http/inline-script-policy.ts), ahead of every script. `next dev` runs the framework's
 * own inline scripts and eval here, and goes without.
 */
export default function Document() {
  const analytics = analyticsEnabled();
  const inlineScripts = analytics ? [pageScript, analyticsQueue] : [pageScript];
  return (
    <Html lang={site.locale}>
      <InlineStylesHead>
        {process.env.NODE_ENV === 'production' ? <meta httpEquiv="Content-Security-Policy" content={inlineScriptPolicy(inlineScripts)} /> : null}
        {pageScriptElement()}
        {analytics ? plainAnalyticsElements() : null}
      </InlineStylesHead>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
