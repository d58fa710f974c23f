import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PageHealth } from './support/page-health';
import { corruptDatabase, startServer, type RunningServer } from './support/server';

export interface ServerControl extends RunningServer {
  dataDir: string;
  /** Stops the current server (if running) and starts a new one over the same data folder. */
  restart(): Promise<RunningServer>;
}

interface Fixtures {
  /** Write garbage over the database before the server first starts. */
  corruptDb: boolean;
  dataDir: string;
  server: ServerControl;
  health: PageHealth;
}

export const test = base.extend<Fixtures>({
  corruptDb: [false, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  server: async ({ dataDir, corruptDb }, use) => {
    if (corruptDb) corruptDatabase(dataDir);
    let current = await startServer(dataDir);
    const control: ServerControl = {
      dataDir,
      get url() {
        return current.url;
      },
      get origin() {
        return current.origin;
      },
      stop: () => current.stop(),
      async restart() {
        await current.stop();
        current = await startServer(dataDir);
        return current;
      },
    };
    await use(control);
    await current.stop();
  },

  health: [
    // Depends on the server so that it is checked before the server stops: requests cut off
    // by the teardown itself are not the page's fault.
    async ({ page, server: _server }, use) => {
      const health = new PageHealth();
      await health.watch(page);
      await use(health);
      expect(health.unexpected(), 'console errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
