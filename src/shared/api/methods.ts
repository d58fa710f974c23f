import { contract, type MethodName } from './contract';

export type { MethodName };
export { RECOVERY_METHODS } from './recovery-methods';

/** Every method, in the contract's order. */
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
