import type { MetadataRoute } from 'next';
import { newsSitemapUrl, sitemapIndexUrl } from '@/lib/seo/urls';
import { site } from '@/lib/site/config';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/'] },
    sitemap: [sitemapIndexUrl(), newsSitemapUrl()],
    host: site.baseUrl,
  };
}
