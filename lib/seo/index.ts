export * from './metadata';
export * from './jsonld';
export * from './urls';
export { buildNewsSitemap, buildSitemapIndex, buildUrlset, selectNews } from './sitemaps';
export { planSitemaps, sitemapRefs } from './sitemap-plan';
export { gatewaySitemapData } from './gateway';
