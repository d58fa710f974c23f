import { z } from 'zod';
import { backupInfo, systemInfo, systemStatus } from '../../domain/system';
import { settings, settingsUpdate } from '../../domain/settings';
import { noInput, type ContractPart } from './common';

/** Settings, and the database itself: status, backup, recovery, quitting. */
export const systemContract = {
  'settings.get': { input: noInput, output: settings },
  'settings.update': { input: settingsUpdate, output: settings },
  'system.status': { input: noInput, output: systemStatus },
  'system.info': { input: noInput, output: systemInfo },
  'system.backup': { input: noInput, output: backupInfo },
  'system.restoreBackup': {
    input: z.object({ file: z.string().max(260).optional() }).strict(),
    output: systemStatus,
    errors: ['NOT_FOUND'],
  },
  'system.quit': { input: noInput, output: z.object({ quitting: z.boolean() }) },
} as const satisfies ContractPart;
