import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * The layers (docs/ARCHITECTURE.md): imports run down them, never up. From the bottom:
 * lib/site (config, clock, addresses), lib/content (the gateway, the check, the store and
 * search), lib/seo and lib/http (builders), lib/pages and lib/routes (controllers),
 * components, then the routes of pages/ and app/. Test support (testing/) is for tests alone.
 */
const LAYERS = [
  { target: './lib/site', from: ['./lib/content', './lib/seo', './lib/http', './lib/pages', './lib/routes'] },
  { target: './lib/content', from: ['./lib/seo', './lib/http', './lib/pages', './lib/routes'] },
  { target: './lib/seo', from: ['./lib/http', './lib/pages', './lib/routes'] },
  { target: './lib/http', from: ['./lib/content', './lib/seo', './lib/pages', './lib/routes'] },
  { target: './lib/pages', from: ['./lib/routes'] },
  { target: './lib/routes', from: ['./lib/pages'] },
  { target: './lib', from: ['./components', './pages', './app'] },
  { target: './components', from: ['./pages', './app'] },
  { target: './', from: ['./testing'] },
];

const layerZones = LAYERS.map(({ target, from }) => ({
  target,
  from,
  message: target === './' ? 'testing/ is test support: the site never imports it.' : `${target.slice(2)} is below it: imports run down the layers (docs/ARCHITECTURE.md).`,
}));

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores(['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'reports/**', '.stryker-tmp/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      // Reader pages load no framework JavaScript (docs/decisions/0001): next/link would render an
      // <a> anyway, and promise client-side navigation that never happens. Articles and every
      // other page are linked with a plain <a>.
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Link to articles and every reader page with a plain <a>: reader pages load no framework JavaScript.' }] }],
    },
  },
  {
    // Production code follows the layers.
    files: ['lib/**', 'components/**', 'pages/**', 'app/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'import/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // A test may reach a layer through the ones above it (a route's test imports the route),
    // but nothing in lib/ imports components/: a component is tested beside it.
    files: ['lib/**/*.test.ts'],
    rules: { 'import/no-restricted-paths': ['error', { zones: [{ target: './lib', from: './components', message: 'lib/ never imports components/: test a component beside it.' }] }] },
  },
]);
