import { Head, Html, Main, NextScript } from 'next/document';
import { documentScripts } from '@/components/DocumentScripts';
import { analyticsEnabled } from '@/lib/analytics';
import { distDir } from '@/lib/dist-dir';
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
      console.error('Stylesheets are linked, not inlined:', error instanceof Error ? error.message : error);
      return super.getCssLinks(files);
    }
  }
}

/**
 * The one document of every reader page: its styles written in, the page's own small script
 * and analytics where they are on (components/DocumentScripts.tsx), and, with
 * `unstable_runtimeJS: false` on every page, no framework JavaScript. Its inline scripts are
 * exactly the ones whose hashes the Content-Security-Policy header lists.
 */
export default function Document() {
  return (
    <Html lang={site.locale}>
      <InlineStylesHead>{documentScripts({ analytics: analyticsEnabled() })}</InlineStylesHead>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
