import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './src/main/core/reports/system-chromium';

// The servers the tests start check every answer against the contract (production skips it).
process.env['WORKBENCH_CHECK_OUTPUT'] ??= '1';

// Limits are guards against a hang, not speed checks (those live in `npm run bench`): on a busy
// two-core machine a server start alone has taken 17 s, so every limit leaves minutes to spare.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One worker per core: each test runs its own server and Chromium, so more would only queue.
  workers: availableParallelism(),
  timeout: 30 * 60_000,
  expect: { timeout: 60_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    // A step that cannot happen still fails long before the whole test's limit.
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testIgnore: 'electron/**',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
});
