import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // the dataset compiled by `npm run build` (esbuild.mjs) from reference-data/
    alias: { 'factlint:embedded-data': resolve(import.meta.dirname, 'build/embedded-data.json') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default'],
  },
});
