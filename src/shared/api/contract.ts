import type { z } from 'zod';
import type { ErrorCode } from './envelope';
import type { MethodSpec } from './contracts/common';
import { assessmentsContract } from './contracts/assessments';
import { certificatesContract } from './contracts/certificates';
import { jobsContract } from './contracts/jobs';
import { libraryContract } from './contracts/library';
import { liveContract } from './contracts/live';
import { packsContract } from './contracts/packs';
import { reportsContract } from './contracts/reports';
import { sessionsContract } from './contracts/sessions';
import { systemContract } from './contracts/system';
import { syncContract } from './contracts/sync';
import { trashContract } from './contracts/trash';

/**
 * The one API contract: method → input schema → output schema, composed from each domain's part
 * (contracts/<domain>.ts). The method names, the IPC handler, the HTTP router, the renderer
 * client and docs/API.md are all derived from it.
 */
export const contract = {
  ...libraryContract,
  ...packsContract,
  ...sessionsContract,
  ...assessmentsContract,
  ...reportsContract,
  ...certificatesContract,
  ...liveContract,
  ...systemContract,
  ...syncContract,
  ...jobsContract,
  ...trashContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

/** The codes a method's handler may refuse with, beside VALIDATION (docs/API.md lists them). */
export function methodErrors(method: MethodName): readonly ErrorCode[] {
  const spec: MethodSpec = contract[method];
  return spec.errors ?? [];
}
