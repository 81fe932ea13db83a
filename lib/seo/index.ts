export * from './metadata';
export * from './jsonld';
export * from './urls';
export { buildNewsSitemap, buildSitemapIndex, buildUrlset, selectNews } from './sitemaps';
export { sitemapFiles, sitemapRefs, sitemapUrls } from './sitemap-plan';
export { gatewaySitemapSource } from './gateway';
