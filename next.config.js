// @ts-check
// next.config.js is CommonJS, so the policy modules are required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cacheHeaders } = require('./lib/http/cache-headers');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { securityHeaders } = require('./lib/http/security-headers');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { analyticsEnabled } = require('./lib/analytics');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { distDir: buildDir } = require('./lib/dist-dir');

const distDir = buildDir();

// With analytics off, the layout's analytics component is a stand-in that renders
// nothing, so no page downloads the analytics script.
const analyticsAlias = analyticsEnabled() ? {} : { '@/components/SiteAnalytics': './components/SiteAnalyticsOff.tsx' };

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { resolveAlias: analyticsAlias },
  reactStrictMode: true,
  trailingSlash: false,
  // A self-contained server in .next/standalone (see docs/deploy.md); the benchmark
  // builds elsewhere (MASTHEAD_DIST_DIR) so it never replaces the site's own build.
  output: 'standalone',
  distDir,
  images: {
    // Photographs and graphics are committed as raster files and served at the sizes in each
    // srcset; an SVG would be sent as it is, never through the optimiser.
    dangerouslyAllowSVG: false,
    formats: ['image/avif', 'image/webp'],
  },
  // A server reads content from the content store, never from content/: the store is copied
  // in after the build (scripts/standalone-assets.mjs), as the build writes it only then.
  // Article pages write the build's stylesheets into the page (pages/_document.tsx), so a
  // server that renders them on first request needs those files too.
  outputFileTracingIncludes: {
    '/**': [`./${distDir}/static/chunks/*.css`],
  },
  // The tracer cannot tell which files the content layer opens, so it would take too many:
  // content, generated newsrooms, test fixtures, the build cache and test copies of the build
  // stay out of the server.
  outputFileTracingExcludes: {
    '/**': ['./content/**/*', './bench-results/**/*', './test-results/**/*', './lib/content/fixtures/**/*', `./${distDir}/cache/**/*`],
  },
  async headers() {
    const dev = process.env.NODE_ENV === 'development';
    return [{ source: '/:path*', headers: securityHeaders({ dev }) }, ...cacheHeaders()];
  },
};

module.exports = nextConfig;
