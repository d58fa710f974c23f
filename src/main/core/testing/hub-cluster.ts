import { startTestHub, type TestHub } from '../../../hub/testing';
import type { FetchLike } from '../../../shared/sync/hub-client';
import type { Workbench } from '../workbench';
import { callOk, openTestWorkbench, PROJECT_RESOURCES, tempDir } from './fixtures';

/** A regional hub and the desktops that sync through it, as the sync tests set them up. */
export interface HubCluster {
  hub: TestHub;
  /** Each device the hub knows, by the name it was added under: its id and its token. */
  devices: Record<string, { id: string; token: string }>;
  /**
   * A desktop: a real core over a fresh data folder and the bundled convention, used by `person`
   * and configured to sync as `device` (through `syncFetch` when given).
   */
  desktop(device: string, person: string, syncFetch?: FetchLike): Promise<Workbench>;
  /** How many changes of a checklist the hub holds, and how many distinct change ids. */
  hubCount(checklistId: string): Promise<{ n: number; ids: number }>;
  /** Closes every desktop, removes their folders, then stops the hub and removes its cluster. */
  cleanup(): Promise<void>;
}

/**
 * Starts a hub on a PostgreSQL cluster of its own (see startTestHub) and registers each device
 * under its organisation (`{ device: organisation }`); the organisations are added first, in the
 * order they first appear.
 */
export async function startHubCluster(devices: Record<string, string>): Promise<HubCluster> {
  const hub = await startTestHub();
  const cleanups: (() => void)[] = [];
  const registered: HubCluster['devices'] = {};
  try {
    for (const org of new Set(Object.values(devices))) await hub.admin.addOrganisation(org);
    for (const [device, org] of Object.entries(devices))
      registered[device] = await hub.admin.addDevice(org, device);
  } catch (error) {
    await hub.cleanup();
    throw error;
  }
  return {
    hub,
    devices: registered,
    async desktop(device, person, syncFetch) {
      const data = tempDir();
      const workbench = await openTestWorkbench(
        data.dir,
        PROJECT_RESOURCES,
        syncFetch ? { syncFetch } : {},
      );
      cleanups.push(() => workbench.close(), data.cleanup);
      await callOk(workbench, 'settings.update', { userName: person });
      await callOk(workbench, 'sync.configure', {
        hubUrl: hub.url,
        token: registered[device]!.token,
      });
      return workbench;
    },
    async hubCount(checklistId) {
      const owner = await hub.hub.owner();
      try {
        const { rows } = await owner.query<{ n: string; ids: string }>(
          'SELECT count(*) AS n, count(DISTINCT change_id) AS ids FROM changes WHERE checklist_id = $1',
          [checklistId],
        );
        return { n: Number(rows[0]!.n), ids: Number(rows[0]!.ids) };
      } finally {
        await owner.end();
      }
    },
    async cleanup() {
      cleanups.forEach((c) => c());
      await hub.cleanup();
    },
  };
}
