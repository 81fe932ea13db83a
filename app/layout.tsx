import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteAnalytics } from '@/components/SiteAnalytics';
import { SiteChrome } from '@/components/SiteChrome';
import { analyticsEnabled } from '@/lib/analytics';
import { getSections, listArticles } from '@/lib/content';
import { rootMetadata, siteViewport } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { serif, serifItalic } from './fonts';
import './globals.css';

export function generateMetadata(): Metadata {
  return rootMetadata();
}

export const viewport: Viewport = siteViewport;

export default function RootLayout({ children }: { children: ReactNode }) {
  const sections = getSections();
  return (
    <html lang={site.locale} className={`${serif.variable} ${serifItalic.variable}`}>
      <body>
        <SiteChrome sections={sections} latest={listArticles({ limit: 5 })}>
          {children}
        </SiteChrome>
        {analyticsEnabled() ? <SiteAnalytics /> : null}
      </body>
    </html>
  );
}
