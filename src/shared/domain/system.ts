import { z } from 'zod';

export const backupInfo = z.object({
  file: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const recoveryReason = z.enum([
  'corrupt',
  'newer-version',
  'unreadable',
  /** The data folder or the database cannot be written by this account. */
  'read-only',
  /** The disk is full or failing. */
  'storage',
  /** The core thread stopped (src/main/core/host); only quitting and starting again helps. */
  'core-stopped',
]);
export type RecoveryReason = z.infer<typeof recoveryReason>;

export const systemStatus = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    /** Something the user should know about how the app got ready (a backup passed over). */
    notice: z.string().optional(),
  }),
  z.object({
    state: z.literal('recovery'),
    reason: recoveryReason,
    message: z.string(),
    databaseFile: z.string(),
    backups: z.array(backupInfo),
  }),
]);
export type SystemStatus = z.infer<typeof systemStatus>;

export const systemInfo = z.object({
  appVersion: z.string(),
  shell: z.enum(['desktop', 'browser']),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  packs: z.array(z.object({ id: z.string(), version: z.string(), title: z.string() })),
});
export type SystemInfo = z.infer<typeof systemInfo>;
