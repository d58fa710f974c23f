import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // Every answer is checked against the contract in tests (production skips it; dispatch.ts).
    env: { WORKBENCH_CHECK_OUTPUT: '1' },
  },
});
