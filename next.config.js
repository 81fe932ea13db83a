// @ts-check

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
};

module.exports = nextConfig;
