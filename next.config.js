// @ts-check
// next.config.js is CommonJS, so the policy modules are required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cacheHeaders } = require('./lib/http/cache-headers');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { securityHeaders } = require('./lib/http/security-headers');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pageFactsFile, pageRules, readPageFacts } = require('./lib/http/page-policies');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { distDir: buildDir } = require('./lib/site/dist-dir');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cardFontFiles } = require('./lib/seo/card-fonts');

const distDir = buildDir();

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // An ETag means hashing the whole page on every request it answers, about a sixth of what
  // serving a cached page costs; caches in front keep pages for their s-maxage instead, and a
  // reader's reload fetches the page again (docs/decisions/0001).
  generateEtags: false,
  // Next keeps rendered pages in memory as well as on disk, 50 MB of them by default: at 100,000
  // articles, after a load spread over the archive, that was most of a server's Buffers (58–73 MB).
  // The pages readers ask for at once are answered from the one-second cache in front of Next
  // (docs/decisions/0010); the rest are read from disk as before. 16 MB keeps the hot ones.
  cacheMaxMemorySize: 16 * 1024 * 1024,
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
  // in after the build (scripts/postbuild.mjs), as the build writes it only then.
  // Reader pages write the build's stylesheets into the page (pages/_document.tsx), so a
  // server that renders them on first request needs those files too.
  // The share cards' fonts are opened by path as a card is drawn (lib/seo/og.ts).
  outputFileTracingIncludes: {
    '/**': [`./${distDir}/static/chunks/*.css`],
    '/og/**': cardFontFiles.map(({ file }) => `./${file}`),
  },
  // The share cards' renderer is a native addon (docs/decisions/0016): loaded from node_modules
  // as it is, not bundled, so the build's tracing ships it and its platform's binary with the server.
  serverExternalPackages: ['@napi-rs/canvas'],
  // The tracer cannot tell which files the content layer opens, so it would take too many:
  // content, generated newsrooms, the benchmark's static copies, test fixtures, the build
  // cache and test copies of the build stay out of the server. (A build the benchmark makes
  // under bench-results/ must not leave out its own files.)
  outputFileTracingExcludes: {
    '/**': [
      './content/**/*',
      './bench-results/newsroom-*/**/*',
      './bench-results/static-*/**/*',
      './test-results/**/*',
      './lib/content/fixtures/**/*',
      `./${distDir}/cache/**/*`,
    ],
  },
  // Read at build (production) or as `next dev` starts: the script policy lists the hashes of
  // the inline scripts this build's pages carry, analytics included or not (lib/site/analytics.js),
  // and, as the content check that ran before the build found them, pages carrying embeds get
  // their players as frame sources and open live blogs a short cache (lib/http/page-policies.js).
  async headers() {
    const dev = process.env.NODE_ENV === 'development';
    const pages = dev ? [] : pageRules(readPageFacts(pageFactsFile()));
    return [{ source: '/:path*', headers: securityHeaders({ dev }) }, ...cacheHeaders(), ...pages];
  },
};

module.exports = nextConfig;
