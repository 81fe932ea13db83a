import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Every test starts from the real environment and unmocked functions: stubs and spies end with their test.
    unstubEnvs: true,
    restoreMocks: true,
  },
});
