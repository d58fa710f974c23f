import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHubAdmin, type HubAdmin } from './admin';
import { readChapters } from './chapters';
import { postgresMissing } from './cluster';
import { openHub, type OpenHub } from './hub';
import { startHubServer } from './http-server';

/** Why the hub's integration tests cannot run here (printed when they skip), or null. */
export const hubTestsUnavailable = postgresMissing();

export interface TestHub {
  dataDir: string;
  hub: OpenHub;
  admin: HubAdmin;
  url: string;
  stopServer(): Promise<void>;
  cleanup(): Promise<void>;
}

/** One cluster per test file, in a temporary folder the postgres user can reach. */
export async function startTestHub(): Promise<TestHub> {
  const parent = mkdtempSync(join(tmpdir(), 'cw-hub-'));
  chmodSync(parent, 0o755);
  const dataDir = join(parent, 'hub');
  const hub = await openHub(dataDir);
  const owner = await hub.owner();
  const server = await startHubServer({
    pool: hub.app,
    chapters: readChapters(join(import.meta.dirname, '..', '..', 'resources', 'packs', 'uncc')),
    port: 0,
  });
  let serverOpen = true;
  const stopServer = async () => {
    if (serverOpen) await server.close();
    serverOpen = false;
  };
  return {
    dataDir,
    hub,
    admin: createHubAdmin(owner),
    url: server.url,
    stopServer,
    async cleanup() {
      await stopServer();
      await owner.end();
      await hub.close();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
