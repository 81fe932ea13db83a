import { gatewaySitemapSource } from '@/lib/seo/gateway';
import { xmlResponse } from '@/lib/seo/responses';
import { sitemapFiles, sitemapRefs } from '@/lib/seo/sitemap-plan';
import { buildSitemapIndex } from '@/lib/seo/sitemaps';

export const revalidate = 30;

export function GET() {
  return xmlResponse(buildSitemapIndex(sitemapRefs(sitemapFiles(gatewaySitemapSource()))));
}
