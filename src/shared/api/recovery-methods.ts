import type { MethodName } from './contract';

/**
 * Methods that still answer when the database needs recovery. A module of its own, with the
 * contract as a type only, so the core's dispatch can refuse the others without loading every
 * domain's schemas.
 */
export const RECOVERY_METHODS: readonly MethodName[] = [
  'system.status',
  'system.info',
  'system.restoreBackup',
  'system.quit',
];
