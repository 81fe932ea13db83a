import { gatewaySitemapData } from '@/lib/seo/gateway';
import { xmlResponse } from '@/lib/seo/responses';
import { planSitemaps, sitemapRefs } from '@/lib/seo/sitemap-plan';
import { buildSitemapIndex } from '@/lib/seo/sitemaps';

export const revalidate = 30;

export function GET() {
  return xmlResponse(buildSitemapIndex(sitemapRefs(planSitemaps(gatewaySitemapData()))));
}
