import type { SystemInfo, SystemStatus } from '../../../shared/domain/system';
import type { DomainHandlers } from '../api/dispatch';
import { createBackup } from '../db/backup';
import { schemaVersion } from '../db/migrate';
import { jobProgress } from '../jobs/progress';
import type { CoreContext, ServiceName, Services } from '../services';

/** What only the lifecycle knows: the database's state, where it lives, and how to quit. */
export interface SystemContext<Needs extends ServiceName = ServiceName> extends CoreContext<Needs> {
  /** The services when the database is open, null in recovery. */
  current(): Pick<Services, 'db' | Needs> | null;
  /** Makes the named services of the open database, if not made yet (nothing in recovery). */
  need(names: readonly ServiceName[]): Promise<void>;
  status(): SystemStatus;
  restore(file: string | undefined): Promise<SystemStatus>;
  about: Omit<SystemInfo, 'schemaVersion' | 'packs'>;
  backupDir: string;
  emit: Parameters<typeof jobProgress>[0];
  onQuit?: (() => void) | undefined;
}

export const systemNeeds = ['settings', 'packRepository'] as const;

export function systemHandlers(
  ctx: SystemContext<(typeof systemNeeds)[number]>,
): DomainHandlers<'system' | 'settings'> {
  const { ready } = ctx;
  return {
    'settings.get': () => ready().settings.get(),
    'settings.update': (changes) => {
      const updated = ready().settings.update(changes);
      if (changes.interfaceLanguage !== undefined)
        ctx.emit({
          name: 'settings.languageChanged',
          payload: { interfaceLanguage: updated.interfaceLanguage },
        });
      return updated;
    },
    'system.status': () => ctx.status(),
    'system.info': () => {
      const current = ctx.current();
      return {
        ...ctx.about,
        schemaVersion: current ? schemaVersion(current.db) : 0,
        packs: current
          ? current.packRepository.list().map(({ id, version, title }) => ({ id, version, title }))
          : [],
      };
    },
    'system.backup': async () => {
      const progress = jobProgress(ctx.emit, 'backup');
      const step = 'Copying the database';
      const info = await createBackup(ready().db, ctx.backupDir, 'manual', (p) =>
        progress(step, p.current, p.total, false),
      );
      progress(step, 1, 1);
      return info;
    },
    'system.restoreBackup': ({ file }) => ctx.restore(file),
    'system.quit': () => {
      if (ctx.onQuit) setTimeout(ctx.onQuit, 50);
      return { quitting: ctx.onQuit !== undefined };
    },
  };
}
