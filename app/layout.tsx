import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteAnalytics } from '@/components/SiteAnalytics';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { analyticsEnabled } from '@/lib/analytics';
import { getSections, listArticles } from '@/lib/content';
import { rootMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { serif, serifItalic } from './fonts';
import './globals.css';

export function generateMetadata(): Metadata {
  return rootMetadata();
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const sections = getSections();

  return (
    <html lang={site.locale} className={`${serif.variable} ${serifItalic.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader sections={sections} />
        <main id="main" className="site-main">
          {children}
        </main>
        <SiteFooter sections={sections} latest={listArticles({ limit: 5 })} />
        {analyticsEnabled() ? <SiteAnalytics /> : null}
      </body>
    </html>
  );
}
