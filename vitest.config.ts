import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The renderer's aliases (tsconfig.web.json), for the renderer's own unit tests.
  resolve: {
    alias: {
      '@renderer': fileURLToPath(new URL('src/renderer/src', import.meta.url)),
      '@shared': fileURLToPath(new URL('src/shared', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // Every answer is checked against the contract in tests (production skips it; dispatch.ts).
    env: { WORKBENCH_CHECK_OUTPUT: '1' },
  },
});
