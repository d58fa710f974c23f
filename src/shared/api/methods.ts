import { contract, type MethodName } from './contract';

export type { MethodName };

/** Every method, in the contract's order. */
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** Methods that still answer when the database needs recovery. */
export const RECOVERY_METHODS: readonly MethodName[] = [
  'system.status',
  'system.info',
  'system.restoreBackup',
  'system.quit',
];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
