import { gatewaySitemapSource } from '@/lib/seo/gateway';
import { notFoundResponse, xmlResponse } from '@/lib/seo/responses';
import { sitemapFiles, sitemapUrls } from '@/lib/seo/sitemap-plan';
import { buildUrlset } from '@/lib/seo/sitemaps';

// A new file (articles-2.xml once the archive outgrows one) is rendered on its first request.
export const dynamicParams = true;
export const revalidate = 30;

export function generateStaticParams() {
  return sitemapFiles(gatewaySitemapSource()).map((s) => ({ file: s.file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const urls = sitemapUrls(gatewaySitemapSource(), (await params).file);
  return urls ? xmlResponse(buildUrlset(urls)) : notFoundResponse();
}
