// @ts-check
// next.config.js is CommonJS, so the policy module is required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { securityHeaders } = require('./lib/http/security-headers');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  trailingSlash: false,
  images: {
    // Hero images and graphics are the newsroom's own SVGs, served as files.
    dangerouslyAllowSVG: false,
    formats: ['image/avif', 'image/webp'],
  },
  // Content is read from content/ at build and on first request; ship it with the server.
  outputFileTracingIncludes: {
    '/**': ['./content/**/*'],
  },
  async headers() {
    const dev = process.env.NODE_ENV === 'development';
    return [{ source: '/:path*', headers: securityHeaders({ dev }) }];
  },
};

module.exports = nextConfig;
