// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS; so is the policy it loads
const { cacheHeaders } = require('./lib/http/cache-headers');

const distDir = process.env.MASTHEAD_DIST_DIR || '.next';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  trailingSlash: false,
  // A self-contained server in .next/standalone (see docs/deploy.md); the benchmark
  // builds elsewhere (MASTHEAD_DIST_DIR) so it never replaces the site's own build.
  output: 'standalone',
  distDir,
  images: {
    // Hero images and graphics are the newsroom's own SVGs, served as files.
    dangerouslyAllowSVG: false,
    formats: ['image/avif', 'image/webp'],
  },
  // Content is read from content/ at build and on first request; ship it with the server.
  outputFileTracingIncludes: {
    '/**': ['./content/**/*'],
  },
  // The tracer cannot tell which .mdx files the content layer reads, so it takes them all:
  // generated newsrooms, test fixtures and test copies of the build stay out of the server.
  outputFileTracingExcludes: {
    '/**': ['./bench-results/**/*', './test-results/**/*', './lib/content/fixtures/**/*'],
  },
  async headers() {
    return [...cacheHeaders()];
  },
};

module.exports = nextConfig;
