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
  /**
   * Leave the first-run question (name and organisation) unanswered. Off by default: every
   * other spec starts as a user who has answered it, so the dialog does not cover their pages.
   */
  firstRun: boolean;
  dataDir: string;
  server: ServerControl;
  health: PageHealth;
}

/** Answers the first-run question as skipped, through the API, before any page opens. */
async function markWelcomed(server: RunningServer): Promise<void> {
  const url = new URL(server.url);
  const response = await fetch(`${url.origin}/api/settings.update`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${url.searchParams.get('token') ?? ''}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ welcomed: true }),
  });
  if (!response.ok) throw new Error(`settings.update answered ${response.status}`);
}

export const test = base.extend<Fixtures>({
  corruptDb: [false, { option: true }],
  firstRun: [false, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  server: async ({ dataDir, corruptDb, firstRun }, use) => {
    if (corruptDb) corruptDatabase(dataDir);
    let current = await startServer(dataDir);
    if (!firstRun && !corruptDb) await markWelcomed(current);
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
